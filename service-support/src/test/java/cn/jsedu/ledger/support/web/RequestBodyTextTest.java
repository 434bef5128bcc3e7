package cn.jsedu.ledger.support.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only well-formed UTF-8 reaches the JSON reader. */
class RequestBodyTextTest {

    @ParameterizedTest(name = "bytes {0}")
    @ValueSource(strings = {"C0AE", "C328", "FF", "EDA080", "F4908080", "E6B5"})
    void aBodyWithBytesThatAreNotUtf8IsRefused(String bad) {
        // Found by the fuzz run: "reason":"<C0 AE>调整" was recorded, Jackson reading the overlong form as "."
        byte[] body = body(bad);

        assertThatThrownBy(() -> RequestBodyText.requireUtf8(body))
                .isInstanceOf(RequestBodyText.BodyNotUtf8Exception.class)
                .hasMessageContaining("byte 11");
    }

    @ParameterizedTest(name = "bytes {0}")
    @ValueSource(strings = {"", "E6B58B", "F09F9880", "EFBBBF"})
    void wellFormedUtf8IsTaken(String good) {
        assertThatCode(() -> RequestBodyText.requireUtf8(body(good))).doesNotThrowAnyException();
    }

    /** {"reason":"<bytes>调整"}: the bytes at offset 11. */
    private static byte[] body(String hex) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"reason\":\"".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < hex.length(); i += 2) {
            out.write(Integer.parseInt(hex.substring(i, i + 2), 16));
        }
        out.writeBytes("\u8c03\u6574\"}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
