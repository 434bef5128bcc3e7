package cn.jsedu.ledger.system.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fuzz harness's own HTTP reader: what it takes for a request's outcome decides what the invariants judge. */
class WireTest {

    private static final Request POST = new Request("POST", "/api/v1/platforms/P/acceptance-reviews", List.of(),
            "{}".getBytes(StandardCharsets.UTF_8), Caller.ANONYMOUS, false, "", "P", null);

    @Test
    void anInterimContinueIsSkippedAndTheFinalAnswerIsTheOutcome() throws Exception {
        // Found by the fuzz run: "Expect: 100-continue" drew "100" then "201"; reading the 100 as the outcome judged
        // an accepted command as refused, and its event as something recorded for a refusal.
        String wire = "HTTP/1.1 100 \r\n\r\n"
                + "HTTP/1.1 201 \r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "b\r\n{\"version\":\r\n1\r\n6\r\n1\r\n}\r\n0\r\n\r\n";

        Wire.Response response = Wire.parse(new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1)), POST);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.headers()).containsEntry("content-type", "application/json");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"version\":6}");
    }

    @Test
    void aFinalAnswerWithoutAnInterimOneIsReadAsItIs() throws Exception {
        String wire = "HTTP/1.1 400 \r\nContent-Length: 2\r\n\r\n{}";

        Wire.Response response = Wire.parse(new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1)), POST);

        assertThat(response.status()).isEqualTo(400);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{}");
    }
}
