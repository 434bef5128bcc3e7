package cn.jsedu.ledger.command.api;

import cn.jsedu.ledger.command.support.CommandSideIntegrationTest;
import cn.jsedu.ledger.command.support.Requests;
import cn.jsedu.ledger.testsupport.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.stream.Stream;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Bad input gets a 400 naming the field, appends nothing, and never shows a stack trace. */
@CommandSideIntegrationTest
class MalformedInputIT {

    private static final String PLATFORM = "BAD-1";
    private static final String INSTALLMENTS = "/api/v1/platforms/" + PLATFORM + "/installments";
    private static boolean platformReady;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port).as(Requests.college("9000000100"));
        if (!platformReady) {
            Requests.approvedPlatform(api, PLATFORM, "9000000100");
            platformReady = true;
        }
    }

    static String installmentWith(String amountJson) {
        return "{\"source\":\"COLLEGE\",\"form\":\"CASH\",\"amount\":" + amountJson
                + ",\"effectiveDate\":\"2020-04-01\",\"voucherRef\":\"V\"}";
    }

    static Stream<Arguments> malformedBodies() {
        return Stream.of(
                arguments("negative", installmentWith("\"-1\""), "amount"),
                arguments("three decimals", installmentWith("\"1.234\""), "amount"),
                arguments("exponent", installmentWith("\"1e30\""), "amount"),
                arguments("NaN", installmentWith("\"NaN\""), "amount"),
                arguments("number instead of string", installmentWith("100.5"), "amount"),
                arguments("integer instead of string", installmentWith("100"), "amount"),
                arguments("blank amount", installmentWith("\"\""), "amount"),
                arguments("missing amount", "{\"source\":\"COLLEGE\",\"form\":\"CASH\",\"effectiveDate\":\"2020-04-01\",\"voucherRef\":\"V\"}", "amount"),
                arguments("unknown enum", installmentWith("\"1.00\"").replace("COLLEGE", "LOTTERY"), "source"),
                arguments("enum as number", installmentWith("\"1.00\"").replace("\"COLLEGE\"", "3"), "source"),
                arguments("bad date", installmentWith("\"1.00\"").replace("2020-04-01", "2020-02-30"), "effectiveDate"),
                // found by the fuzz run: Jackson's lenient default read an instant as its UTC date, and recorded it
                arguments("date with a time", installmentWith("\"1.00\"").replace("2020-04-01", "2020-04-01T00:00:00Z"), "effectiveDate"),
                arguments("date with a local time", installmentWith("\"1.00\"").replace("2020-04-01", "2020-04-01T08:00:00"), "effectiveDate"),
                arguments("date as number", installmentWith("\"1.00\"").replace("\"2020-04-01\"", "18000"), "effectiveDate"),
                arguments("unknown field", installmentWith("\"1.00\"").replace("{", "{\"colour\":\"red\","), "colour"),
                arguments("client sets the user", installmentWith("\"1.00\"").replace("{", "{\"user\":\"admin\","), "user"),
                arguments("control character", installmentWith("\"1.00\"").replace("\"V\"", "\"V\\u0000\\n\""), "voucherRef"),
                arguments("bad entry id", installmentWith("\"1.00\"").replace("{", "{\"entryId\":\"a b\","), "entryId"),
                arguments("duplicate field", installmentWith("\"1.00\"").replace("{", "{\"amount\":\"2.00\","), null),
                arguments("not JSON", "amount=1", null),
                arguments("trailing garbage", installmentWith("\"1.00\"") + "{}", null),
                arguments("deep nesting", "[".repeat(5000) + "]".repeat(5000), null),
                arguments("empty body", "", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBodies")
    void refusesMalformedInputWithA400NamingTheField(String name, String body, String field) {
        long before = events();
        Api.Response response = api.post(INSTALLMENTS, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.code()).isIn("MALFORMED_REQUEST", "VALIDATION_FAILED");
        if (field != null) {
            assertThat(response.json().path("errors").findValuesAsText("field")).contains(field);
        }
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "java.", "org.springframework");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void refusesAnInvalidCreditCodeInADeclaration() {
        Api.Response response = expect(api.as(Requests.college("9000000101")).post("/api/v1/platforms",
                Requests.declaration("BAD-2", "9000000101").replace(Requests.E1_CODE, "91320200MA1MXXXX1X")), 400);
        assertThat(response.json().path("errors").findValuesAsText("field")).contains("enterprises[0].creditCode");
    }

    @Test
    void refusesZeroAndHugeAmountsAsBrokenRules() {
        assertThat(expect(api.post(INSTALLMENTS, installmentWith("\"0.00\"")), 422).code()).isEqualTo("AMOUNT_OUT_OF_RANGE");
        assertThat(expect(api.post(INSTALLMENTS, installmentWith("\"9999999999999999.99\"")), 422).code())
                .isEqualTo("AMOUNT_OUT_OF_RANGE");
    }

    @Test
    void wrongMethodMediaTypeAndPathAreClear4xx() {
        // deny by default: a method or path the policy does not list is refused before anything else
        Api.Response get = api.send(HttpRequest.newBuilder(URI.create(api.base() + INSTALLMENTS)).GET());
        assertThat(get.status()).isEqualTo(403);
        assertThat(get.body()).doesNotContain("Exception");
        assertThat(api.post("/api/v1/nothing-here", "{}").status()).isEqualTo(403);
        Api.Response text = api.send(HttpRequest.newBuilder(URI.create(api.base() + INSTALLMENTS))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.body()).doesNotContain("Exception");
    }

    @Test
    void refusesAMalformedIdempotencyKey() {
        Api.Response response = expect(api.post(INSTALLMENTS, installmentWith("\"1.00\""), "Idempotency-Key", "has space"), 400);
        assertThat(response.code()).isEqualTo("IDEMPOTENCY_KEY_INVALID");
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry", Long.class);
    }
}
