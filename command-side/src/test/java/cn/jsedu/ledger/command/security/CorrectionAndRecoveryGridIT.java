package cn.jsedu.ledger.command.security;

import cn.jsedu.ledger.command.support.CommandSideIntegrationTest;
import cn.jsedu.ledger.command.support.Requests;
import cn.jsedu.ledger.testsupport.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may correct which entry and record which recovery (docs/domain.md §4: only a role that may record the original
 * entry, for its own platform), as a grid through the HTTP API: entry kind × source × role × own / other college. The
 * expectations are written out here, independently of {@code EntryRecorders} and the access policy.
 *
 * <p>The grid never changes the platform: a permitted correction asks for the amount the entry already has (422
 * CORRECTION_CHANGES_NOTHING: the refusal comes after the recorder check), a permitted recovery asks for more than
 * the cash (422 INSUFFICIENT_CASH_BALANCE). A refused one is 403 NOT_ENTRY_RECORDER naming the field; roles that
 * record no money at all are stopped by the access policy (403 ACCESS_DENIED), another college's officer is told the
 * platform does not exist (404).
 */
@CommandSideIntegrationTest
class CorrectionAndRecoveryGridIT {

    private static final String OWN = "9500000031";
    private static final String OTHER = "9500000032";
    private static final String P = "/api/v1/platforms/RGRID";
    private static boolean ready;

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        if (ready) {
            return;
        }
        Requests.approvedPlatform(api, "RGRID", OWN);
        Api college = api.as(Requests.college(OWN));
        expect(api.as("finance").post(P + "/installments",
                Requests.installment("I-PROVINCIAL_FINANCE", "PROVINCIAL_FINANCE", "1000.00", "2020-04-01")), 201);
        for (String source : new String[]{"LOCAL_GOVERNMENT", "SPONSOR", "COLLEGE", "INDUSTRY_OTHER"}) {
            expect(college.post(P + "/installments", Requests.installment("I-" + source, source, "1000.00", "2020-04-01")), 201);
        }
        expect(college.post(P + "/enterprise-contributions", Requests.contribution("C-ENTERPRISE", "1000.00", "2020-04-01")), 201);
        for (String source : new String[]{"PROVINCIAL_FINANCE", "LOCAL_GOVERNMENT", "SPONSOR", "ENTERPRISE", "COLLEGE",
                "INDUSTRY_OTHER"}) {
            expect(college.post(P + "/expenditures", Requests.expenditure("X-" + source, source, "100.00", "2020-05-01")), 201);
        }
        expect(api.as("finance").post(P + "/recoveries", recovery("R-PROVINCIAL_FINANCE", "PROVINCIAL_FINANCE", "10.00")), 201);
        ready = true;
    }

    /** finance / own college: Y = may correct, N = refused NOT_ENTRY_RECORDER, U = not correctable (UNKNOWN_ENTRY). */
    @ParameterizedTest(name = "correct {0} of {1} ({2}): finance={4} ownCollege={5}")
    @CsvSource({
            "INSTALLMENT,             PROVINCIAL_FINANCE, I-PROVINCIAL_FINANCE, 1000.00, Y, N",
            "INSTALLMENT,             LOCAL_GOVERNMENT,   I-LOCAL_GOVERNMENT,   1000.00, N, Y",
            "INSTALLMENT,             SPONSOR,            I-SPONSOR,            1000.00, N, Y",
            "INSTALLMENT,             COLLEGE,            I-COLLEGE,            1000.00, N, Y",
            "INSTALLMENT,             INDUSTRY_OTHER,     I-INDUSTRY_OTHER,     1000.00, N, Y",
            "ENTERPRISE_CONTRIBUTION, ENTERPRISE,         C-ENTERPRISE,         1000.00, N, Y",
            "EXPENDITURE,             PROVINCIAL_FINANCE, X-PROVINCIAL_FINANCE, 100.00,  N, Y",
            "EXPENDITURE,             LOCAL_GOVERNMENT,   X-LOCAL_GOVERNMENT,   100.00,  N, Y",
            "EXPENDITURE,             SPONSOR,            X-SPONSOR,            100.00,  N, Y",
            "EXPENDITURE,             ENTERPRISE,         X-ENTERPRISE,         100.00,  N, Y",
            "EXPENDITURE,             COLLEGE,            X-COLLEGE,            100.00,  N, Y",
            "EXPENDITURE,             INDUSTRY_OTHER,     X-INDUSTRY_OTHER,     100.00,  N, Y",
            "RECOVERY,                PROVINCIAL_FINANCE, R-PROVINCIAL_FINANCE, 10.00,   U, U"})
    void corrections(String kind, String source, String entryId, String amount, String finance, String ownCollege) {
        String body = """
                {"originalEntryId":"%s","correctedAmount":"%s","reason":"网格"}""".formatted(entryId, amount);
        String path = P + "/adjustments";
        expectCorrection(api.as("finance").post(path, body), finance, "finance " + entryId);
        expectCorrection(api.as(Requests.college(OWN)).post(path, body), ownCollege, "own college " + entryId);
        expectDeniedByPolicy(api.as("admin1").post(path, body), "admin " + entryId);
        expectDeniedByPolicy(api.as("auditor").post(path, body), "auditor " + entryId);
        expectUnknownPlatform(api.as(Requests.college(OTHER)).post(path, body), "other college " + entryId);
    }

    /** finance / own college: Y = may record the recovery, N = refused NOT_ENTRY_RECORDER. */
    @ParameterizedTest(name = "recover {0}: finance={1} ownCollege={2}")
    @CsvSource({
            "PROVINCIAL_FINANCE, Y, N",
            "LOCAL_GOVERNMENT,   N, Y",
            "SPONSOR,            N, Y",
            "ENTERPRISE,         N, Y",
            "COLLEGE,            N, Y",
            "INDUSTRY_OTHER,     N, Y"})
    void recoveries(String source, String finance, String ownCollege) {
        String body = recovery(null, source, "9999999.00");
        String path = P + "/recoveries";
        expectRecovery(api.as("finance").post(path, body), finance, "finance " + source);
        expectRecovery(api.as(Requests.college(OWN)).post(path, body), ownCollege, "own college " + source);
        expectDeniedByPolicy(api.as("admin1").post(path, body), "admin " + source);
        expectDeniedByPolicy(api.as("auditor").post(path, body), "auditor " + source);
        expectUnknownPlatform(api.as(Requests.college(OTHER)).post(path, body), "other college " + source);
    }

    /** The finding as reported: a college raised a provincial installment, the finance office cut a contribution. */
    @Test
    void aCollegeNeverCorrectsProvincialMoneyNorTheFinanceOfficeAnEnterprises() {
        Requests.approvedPlatform(api, "RGRID-2", "9500000033");
        Api college = api.as(Requests.college("9500000033"));
        String p = "/api/v1/platforms/RGRID-2";
        expect(api.as("finance").post(p + "/installments",
                Requests.installment("I-1", "PROVINCIAL_FINANCE", "5000000.00", "2020-04-01")), 201);
        expect(college.post(p + "/enterprise-contributions", Requests.contribution("C-1", "2000000.00", "2020-05-01")), 201);

        Api.Response raised = college.post(p + "/adjustments", """
                {"originalEntryId":"I-1","correctedAmount":"9000000.00","reason":"更正"}""");
        assertThat(raised.status()).as(raised.toString()).isEqualTo(403);
        assertThat(raised.code()).isEqualTo("NOT_ENTRY_RECORDER");
        assertThat(raised.json().path("errors").get(0).path("field").asText()).isEqualTo("originalEntryId");

        Api.Response cut = api.as("finance").post(p + "/adjustments", """
                {"originalEntryId":"C-1","correctedAmount":"1.00","reason":"更正"}""");
        assertThat(cut.status()).as(cut.toString()).isEqualTo(403);
        assertThat(cut.code()).isEqualTo("NOT_ENTRY_RECORDER");

        // each recorder still corrects its own entries
        expect(api.as("finance").post(p + "/adjustments", """
                {"entryId":"K-1","originalEntryId":"I-1","correctedAmount":"4800000.00","reason":"凭证金额录入错误"}"""), 201);
        expect(college.post(p + "/adjustments", """
                {"entryId":"K-2","originalEntryId":"C-1","correctedAmount":"1900000.00","reason":"评估值更正"}"""), 201);
        // and the college records the return of its own source's money
        expect(college.post(p + "/installments", Requests.installment("I-2", "COLLEGE", "300.00", "2020-04-01")), 201);
        expect(college.post(p + "/recoveries", recovery("R-1", "COLLEGE", "300.00")), 201);
    }

    private static String recovery(String entryId, String source, String amount) {
        return """
                {%s"source":"%s","amount":"%s","effectiveDate":"2020-06-01","reason":"退回","decisionRef":"苏财教〔2020〕8号"}"""
                .formatted(entryId == null ? "" : "\"entryId\":\"" + entryId + "\",", source, amount);
    }

    private static void expectCorrection(Api.Response response, String expected, String who) {
        switch (expected) {
            case "Y" -> assertRefused(response, 422, "CORRECTION_CHANGES_NOTHING", "correctedAmount", who);
            case "N" -> assertRefused(response, 403, "NOT_ENTRY_RECORDER", "originalEntryId", who);
            default -> assertRefused(response, 422, "UNKNOWN_ENTRY", "originalEntryId", who);
        }
    }

    private static void expectRecovery(Api.Response response, String expected, String who) {
        if ("Y".equals(expected)) {
            assertRefused(response, 422, "INSUFFICIENT_CASH_BALANCE", "amount", who);
        } else {
            assertRefused(response, 403, "NOT_ENTRY_RECORDER", "source", who);
        }
    }

    private static void assertRefused(Api.Response response, int status, String code, String field, String who) {
        assertThat(response.status()).as(who + ": " + response).isEqualTo(status);
        assertThat(response.code()).as(who + ": " + response).isEqualTo(code);
        assertThat(response.json().path("errors").get(0).path("field").asText()).as(who + ": " + response).isEqualTo(field);
    }

    private static void expectDeniedByPolicy(Api.Response response, String who) {
        assertThat(response.status()).as(who + ": " + response).isEqualTo(403);
        assertThat(response.code()).as(who + ": " + response).isEqualTo("ACCESS_DENIED");
    }

    private static void expectUnknownPlatform(Api.Response response, String who) {
        assertThat(response.status()).as(who + ": " + response).isEqualTo(404);
        assertThat(response.code()).as(who + ": " + response).isEqualTo("PLATFORM_NOT_FOUND");
    }
}
