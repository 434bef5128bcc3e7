package cn.jsedu.ledger.command.api;

import cn.jsedu.ledger.command.support.CommandSideIntegrationTest;
import cn.jsedu.ledger.command.support.Requests;
import cn.jsedu.ledger.testsupport.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text that strict JSON parsers or XML refuse (lone surrogates, noncharacters, control characters other than tab,
 * CR and LF) is refused where it comes in, on every command endpoint, as a 400 naming the field by its JSON path;
 * nothing is appended. Real text, Chinese, emoji (surrogate pairs) and full-width forms included, is accepted.
 */
@CommandSideIntegrationTest
class InputTextIT {

    private static final String COLLEGE = "9000000300";
    private static final String PLATFORM = "TEXT-1";
    private static boolean platformReady;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Api api;
    Api college;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        college = api.as(Requests.college(COLLEGE));
        if (!platformReady) {
            Requests.approvedPlatform(api, PLATFORM, COLLEGE);
            platformReady = true;
        }
    }

    private static String contribution(String voucherRefJson) {
        return "{\"partyId\":\"E1\",\"form\":\"CASH\",\"amount\":\"1.00\",\"effectiveDate\":\"2020-04-01\","
                + "\"voucherRef\":" + voucherRefJson + "}";
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, PLATFORM);
    }

    /** As JSON string literals: escapes, so the body itself is plain ASCII whatever it encodes. */
    @ParameterizedTest(name = "voucherRef {0}")
    @ValueSource(strings = {
            "\"\\ud800\"",               // lone high surrogate
            "\"凭证\\udc00-1\"",          // lone low surrogate inside text
            "\"\\udc00\\ud800\"",        // a pair in the wrong order
            "\"\\uffff\"",               // noncharacter U+FFFF
            "\"\\ufffe\"",               // noncharacter U+FFFE
            "\"凭证\\ufdd0\"",            // noncharacter U+FDD0 (the block U+FDD0..U+FDEF)
            "\"\\ufdef\"",
            "\"\\ud83f\\udffe\"",        // noncharacter U+1FFFE, a well-formed pair
            "\"\\u0007\"",               // bell
            "\"\\u007f\"",               // delete
            "\"\\u0085\""})              // C1 control (next line)
    void aBadCharacterInABodyFieldIsA400NamingIt(String voucherRef) {
        long before = events();
        Api.Response response = college.post("/api/v1/platforms/" + PLATFORM + "/enterprise-contributions",
                contribution(voucherRef));
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.json().path("errors").get(0).path("field").asText()).as(response.toString())
                .isEqualTo("voucherRef");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aNoncharacterSentAsRawUtf8IsRefusedToo() {
        Api.Response response = college.post("/api/v1/platforms/" + PLATFORM + "/enterprise-contributions",
                contribution("\"凭证\uFDD0\""));
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo("voucherRef");
    }

    @Test
    void aNestedFieldIsNamedByItsJsonPath() {
        String declaration = Requests.declaration("TEXT-2", "9000000301")
                .replace("\"name\":\"无锡机床股份有限公司\"", "\"name\":\"无锡机床\\ud800股份有限公司\"");
        Api.Response response = api.as(Requests.college("9000000301")).post("/api/v1/platforms", declaration);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("field")).containsExactly("enterprises[0].name");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, "TEXT-2")).isZero();
    }

    @Test
    void everyBadFieldIsNamedAndAFieldNameIsCheckedLikeItsValue() {
        String report = """
                {"period":"2020H1","indicators":[{"code":"T1-CORE-MODULES","value":"4\\uffff"}],
                 "usage":{"workstationsTotal":1,"workstationsOffered":1,"trainingPersonTimes":1,"studentPracticeHours":1},
                 "equipment":[{"item":"机床\\u0001","quantity":1,"value":"1.00","source":"COLLEGE","change":"ACQUIRED",
                               "date":"2020-06-01"}]}""";
        Api.Response response = college.post("/api/v1/platforms/" + PLATFORM + "/reports", report);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("field"))
                .containsExactly("equipment[0].item", "indicators[0].value");

        Api.Response badName = college.post("/api/v1/platforms/" + PLATFORM + "/enterprise-contributions",
                "{\"voucher\\ud800Ref\":\"V\"}");
        assertThat(badName.status()).as(badName.toString()).isEqualTo(400);
        // the answer is itself well-formed: the bad name is not echoed back
        assertThat(badName.body()).doesNotContain("\uFFFD").doesNotContain("\\ud800");
    }

    @Test
    void aBadCharacterInAPathIdIsA400NamingIt() {
        for (String id : new String[] {"%EF%BF%BF", "JS%EF%B7%90", "JS%07"}) {
            Api.Response response = api.as("admin1").post("/api/v1/platforms/" + id + "/approval", Requests.approval());
            assertThat(response.status()).as(id + " " + response).isEqualTo(400);
            assertThat(response.json().path("errors").get(0).path("field").asText()).as(id).isEqualTo("platformId");
        }
    }

    @ParameterizedTest(name = "voucherRef {0}")
    @ValueSource(strings = {"财拨〔2020〕12号", "凭证😀-𠀀", "ＡＢＣ１２３（全角）", "Ω≈ç√∫˜µ≤≥÷ “引号” 『书名』"})
    void realTextIsAccepted(String voucherRef) {
        Api.Response response = college.post("/api/v1/platforms/" + PLATFORM + "/enterprise-contributions",
                contribution("\"" + voucherRef + "\""));
        expect(response, 201);
        // and the same text written as JSON escapes (an emoji as its surrogate pair)
        StringBuilder escaped = new StringBuilder("\"");
        voucherRef.chars().forEach(c -> escaped.append(String.format("\\u%04x", c)));
        expect(college.post("/api/v1/platforms/" + PLATFORM + "/enterprise-contributions",
                contribution(escaped.append('"').toString())), 201);
    }
}
