package cn.jsedu.ledger.command.imports;

import cn.jsedu.ledger.command.support.CommandSideIntegrationTest;
import cn.jsedu.ledger.command.support.Requests;
import cn.jsedu.ledger.testsupport.Api;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.time.Duration;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Files of entries through the command API (ADR 0024): recorded whole, not twice on a second upload, refused whole
 * with every error listed, and never recording what the uploader could not record entry by entry.
 */
@CommandSideIntegrationTest
class ImportIT {

    private static final String LABELS = "\uFEFF分录编号,类型,资金来源,合作方,投入形式,支出类别,金额,生效日期,凭证\r\n";
    private static final String KEYS = "entryId,kind,source,partyId,form,category,amount,effectiveDate,voucherRef\r\n";

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aFileIsRecordedOnceHoweverOftenItIsUploaded() {
        String college = "9500000201";
        Requests.approvedPlatform(api, "IMP-A", college);
        Api officer = api.as(Requests.college(college));
        String file = LABELS + KEYS
                + ",INSTALLMENT,COLLEGE,,CASH,,1000.00,2020-04-01,V-1\r\n"
                + ",INSTALLMENT,COLLEGE,,CASH,,1000.00,2020-04-01,V-1\r\n"
                + "I-OWN,INSTALLMENT,SPONSOR,,CASH,,20.50,2020-04-02,V-2\r\n";
        JsonNode first = expect(upload(officer, "IMP-A", "installments", file), 201).json();
        assertThat(first.path("recorded").asInt()).isEqualTo(3);
        assertThat(first.path("recordedRows").toString()).isEqualTo("[3,4,5]");

        JsonNode again = expect(upload(officer, "IMP-A", "installments", file), 200).json();
        assertThat(again.path("recorded").asInt()).isZero();
        assertThat(again.path("alreadyRecordedRows").toString()).isEqualTo("[3,4,5]");
        assertThat(again.path("version").asLong()).isEqualTo(first.path("version").asLong());

        JsonNode longer = expect(upload(officer, "IMP-A", "installments",
                file + ",INSTALLMENT,COLLEGE,,CASH,,1000.00,2020-04-01,V-1\r\n"), 201).json();
        assertThat(longer.path("recordedRows").toString()).isEqualTo("[6]");
        assertThat(longer.path("alreadyRecorded").asInt()).isEqualTo(3);
        assertThat(longer.path("version").asLong()).isEqualTo(first.path("version").asLong() + 1);
    }

    @Test
    void aFileWithAnyErrorIsRefusedWholeWithEveryErrorListed() {
        String college = "9500000202";
        Requests.approvedPlatform(api, "IMP-B", college);
        Api officer = api.as(Requests.college(college));
        expect(officer.post("/api/v1/platforms/IMP-B/installments",
                Requests.installment("I-1", "COLLEGE", "100.00", "2020-04-01")), 201);
        String good = "X-1,EXPENDITURE,COLLEGE,,,EQUIPMENT_PURCHASE,60.00,2020-04-05,V-1\r\n";
        String file = LABELS + KEYS + good
                + "X-2,EXPENDITURE,COLLEGE,,,EQUIPMENT_PURCHASE,60.00,2020-04-05,V-2\r\n"   // row 4: cash spent by row 3
                + "X-3,EXPENDITURE,COLLEGE,,,EQUIPMENT_PURCHASE,abc,2020-04-05,V-3\r\n"     // row 5: malformed amount
                + "X-4,EXPENDITURE,COLLEGE,,,EQUIPMENT_PURCHASE,1.00,2019-01-01,V-4\r\n";   // row 6: before the window
        Api.Response refused = upload(officer, "IMP-B", "expenditures", file);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("IMPORT_ROWS_REFUSED");
        List<String> errors = new ArrayList<>();
        refused.json().path("errors").forEach(e -> errors.add(e.path("row").asInt() + " " + e.path("column").asText()
                + " " + e.path("code").asText()));
        assertThat(errors).containsExactly("4 amount INSUFFICIENT_CASH_BALANCE", "5 amount VALIDATION_FAILED",
                "6 effectiveDate DATE_OUTSIDE_WINDOW");
        JsonNode cash = refused.json().path("errors").get(0);
        assertThat(cash.path("columnLabel").asText()).isEqualTo("金额");
        assertThat(cash.path("messageZh").asText()).isEqualTo("该资金来源的现金余额不足，支出后余额将为负数。");
        assertThat(cash.path("message").asText()).contains("cash balance");

        // nothing was recorded: the good row alone is new, and a dry run records nothing either
        JsonNode dry = expect(upload(officer, "IMP-B", "expenditures", LABELS + KEYS + good, "?dryRun=true"), 200).json();
        assertThat(dry.path("recordedRows").toString()).isEqualTo("[3]");
        assertThat(dry.path("dryRun").asBoolean()).isTrue();
        JsonNode recorded = expect(upload(officer, "IMP-B", "expenditures", LABELS + KEYS + good), 201).json();
        assertThat(recorded.path("recordedRows").toString()).isEqualTo("[3]");
        assertThat(recorded.path("alreadyRecorded").asInt()).isZero();
    }

    @Test
    void nobodyImportsWhatTheyCouldNotRecordEntryByEntry() {
        String college = "9500000203";
        Requests.approvedPlatform(api, "IMP-C", college);
        Requests.approvedPlatform(api, "IMP-D", "9500000204");
        Api officer = api.as(Requests.college(college));
        Api finance = api.as("finance");
        String provincial = LABELS + KEYS + ",INSTALLMENT,PROVINCIAL_FINANCE,,CASH,,5.00,2020-04-01,V-P\r\n";
        String own = LABELS + KEYS + ",INSTALLMENT,COLLEGE,,CASH,,5.00,2020-04-01,V-C\r\n";
        String spending = LABELS + KEYS + ",EXPENDITURE,COLLEGE,,,EQUIPMENT_PURCHASE,1.00,2020-04-01,V-X\r\n";

        expect(upload(finance, "IMP-C", "installments", provincial), 201);
        Api.Response financeOwn = upload(finance, "IMP-C", "installments", provincial + own.substring((LABELS + KEYS).length()));
        assertThat(financeOwn.status()).as(financeOwn.toString()).isEqualTo(403);
        assertThat(financeOwn.json().path("errors").get(0).path("row").asInt()).isEqualTo(4);
        assertThat(financeOwn.json().path("errors").get(0).path("column").asText()).isEqualTo("source");
        assertThat(upload(officer, "IMP-C", "installments", provincial).status()).isEqualTo(403);
        assertThat(upload(finance, "IMP-C", "expenditures", spending).status()).isEqualTo(403);
        // another college's platform: as if it did not exist
        assertThat(upload(officer, "IMP-D", "installments", own).status()).isIn(403, 404);
        assertThat(upload(officer, "IMP-D", "expenditures", spending).status()).isIn(403, 404);
        assertThat(upload(api.anonymous(), "IMP-C", "installments", own).status()).isEqualTo(401);
        expect(upload(officer, "IMP-C", "installments", own), 201);
        expect(upload(officer, "IMP-C", "expenditures", spending), 201);
    }

    /**
     * Issue 15 part 6: the college's enterprise contributions by file, with the single command's rules and authority.
     * An export's rows (source ENTERPRISE) and a file without the source column are both taken; an enterprise outside
     * the agreement, another source, a missing party or a non-cash form without its appraisal is an error of its row.
     */
    @Test
    void aFileOfEnterpriseContributionsIsJudgedWholeAndRecordedOnce() {
        String college = "9500000206";
        Requests.approvedPlatform(api, "IMP-F", college);
        Requests.approvedPlatform(api, "IMP-G", "9500000207");
        Api officer = api.as(Requests.college(college));
        String good = LABELS + KEYS
                + ",ENTERPRISE_CONTRIBUTION,ENTERPRISE,E1,CASH,,500.00,2020-05-01,V-1\r\n"
                + ",ENTERPRISE_CONTRIBUTION,ENTERPRISE,E1,CASH,,500.00,2020-05-01,V-1\r\n";
        String bad = good
                + ",ENTERPRISE_CONTRIBUTION,ENTERPRISE,E2,CASH,,1.00,2020-05-01,V-2\r\n"       // row 5: no party of the agreement
                + ",ENTERPRISE_CONTRIBUTION,COLLEGE,E1,CASH,,1.00,2020-05-01,V-3\r\n"          // row 6: another source
                + ",ENTERPRISE_CONTRIBUTION,ENTERPRISE,,CASH,,1.00,2020-05-01,V-4\r\n"         // row 7: no party
                + ",ENTERPRISE_CONTRIBUTION,ENTERPRISE,E1,EQUIPMENT,,1.00,2020-05-01,V-5\r\n"  // row 8: no appraisal
                + ",INSTALLMENT,ENTERPRISE,E1,CASH,,1.00,2020-05-01,V-6\r\n";                  // row 9: another kind
        Api.Response refused = upload(officer, "IMP-F", "enterprise-contributions", bad);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("IMPORT_ROWS_REFUSED");
        List<String> errors = new ArrayList<>();
        refused.json().path("errors").forEach(e -> errors.add(e.path("row").asInt() + " " + e.path("column").asText()
                + " " + e.path("code").asText()));
        assertThat(errors).containsExactly("5 partyId PARTY_NOT_IN_AGREEMENT", "6 source VALIDATION_FAILED",
                "7 partyId VALIDATION_FAILED", "8 appraisalRef APPRAISAL_REF_REQUIRED", "9 kind VALIDATION_FAILED");
        JsonNode party = refused.json().path("errors").get(0);
        assertThat(party.path("columnLabel").asText()).isEqualTo("合作方");
        assertThat(party.path("messageZh").asText()).isEqualTo("该企业不在共建协议中。");
        assertThat(refused.json().path("errors").get(1).path("messageZh").asText()).contains("ENTERPRISE");

        JsonNode first = expect(upload(officer, "IMP-F", "enterprise-contributions", good), 201).json();
        assertThat(first.path("kind").asText()).isEqualTo("ENTERPRISE_CONTRIBUTION");
        assertThat(first.path("recordedRows").toString()).isEqualTo("[3,4]");
        JsonNode again = expect(upload(officer, "IMP-F", "enterprise-contributions", good), 200).json();
        assertThat(again.path("alreadyRecordedRows").toString()).isEqualTo("[3,4]");
        assertThat(again.path("version").asLong()).isEqualTo(first.path("version").asLong());
        // the source column may be left out: money of an enterprise is ENTERPRISE's
        String withoutSource = "partyId,form,amount,effectiveDate,voucherRef\r\nE1,CASH,20.00,2020-05-02,V-7\r\n";
        expect(upload(officer, "IMP-F", "enterprise-contributions", withoutSource, "?dryRun=true"), 200);
        JsonNode third = expect(upload(officer, "IMP-F", "enterprise-contributions", withoutSource), 201).json();
        assertThat(third.path("recordedRows").toString()).isEqualTo("[2]");

        // the single command's authority: the college officer of this platform's college only
        assertThat(upload(officer, "IMP-G", "enterprise-contributions", good).status()).isIn(403, 404);
        assertThat(upload(api.as("finance"), "IMP-F", "enterprise-contributions", good).status()).isEqualTo(403);
        assertThat(upload(api.as("enterprise-" + Requests.E1_CODE), "IMP-F", "enterprise-contributions", good)
                .status()).isEqualTo(403);
        assertThat(upload(api.anonymous(), "IMP-F", "enterprise-contributions", good).status()).isEqualTo(401);
    }

    /**
     * Issue 15: progress for large files. The uploader names the upload and reads, while it waits for the answer, how
     * many of its rows the platform has judged; the counts only grow, and end with the answer's. Nobody else reads it.
     */
    @Test
    void anUploadNamedWithAProgressIdShowsHowFarItHasComeToItsUploader() {
        String college = "9500000208";
        Requests.approvedPlatform(api, "IMP-H", college);
        Api officer = api.as(Requests.college(college));
        String file = LABELS + KEYS + ",INSTALLMENT,COLLEGE,,CASH,,1.00,2020-04-01,V-P\r\n".repeat(3_000);
        String progress = "/api/v1/platforms/IMP-H/imports/progress/up-1";

        CompletableFuture<Api.Response> upload = CompletableFuture.supplyAsync(
                () -> upload(officer, "IMP-H", "installments", file, "?progressId=up-1"));
        List<JsonNode> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            Api.Response read = officer.get(progress);
            if (read.status() == 200) {
                seen.add(read.json());
            }
            return upload.isDone();
        });
        JsonNode answer = expect(upload.join(), 201).json();
        JsonNode done = expect(officer.get(progress), 200).json();
        assertThat(done.path("phase").asText()).isEqualTo("RECORDED");
        assertThat(List.of(done.path("rows").asInt(), done.path("judged").asInt(), done.path("recorded").asInt()))
                .containsExactly(3_000, 3_000, answer.path("recorded").asInt());
        seen.add(done);
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i).path("judged").asInt()).isGreaterThanOrEqualTo(seen.get(i - 1).path("judged").asInt());
        }
        assertThat(seen).allSatisfy(s -> assertThat(s.path("judged").asInt()).isLessThanOrEqualTo(3_000));

        assertThat(api.as("finance").get(progress).status()).isEqualTo(404);
        assertThat(api.as(Requests.college("9500000201")).get(progress).status()).isIn(403, 404);
        assertThat(officer.get("/api/v1/platforms/IMP-H/imports/progress/up-2").status()).isEqualTo(404);
        // the name may be used again once its upload has its answer; a dry run ends CHECKED
        expect(upload(officer, "IMP-H", "installments", file, "?progressId=up-1&dryRun=true"), 200);
        assertThat(expect(officer.get(progress), 200).json().path("phase").asText()).isEqualTo("CHECKED");
        Api.Response badName = upload(officer, "IMP-H", "installments", file, "?progressId=" + "x".repeat(65));
        assertThat(badName.status()).isEqualTo(400);
    }

    @Test
    void whatIsNoFileOfEntriesIsMalformed() {
        String college = "9500000205";
        Requests.approvedPlatform(api, "IMP-E", college);
        Api officer = api.as(Requests.college(college));
        Api.Response noKeys = upload(officer, "IMP-E", "installments", "a,b\r\n1,2\r\n");
        assertThat(noKeys.status()).isEqualTo(400);
        assertThat(noKeys.code()).isEqualTo("VALIDATION_FAILED");
        Api.Response lacking = upload(officer, "IMP-E", "expenditures", LABELS + KEYS.replace("category", "cat")
                + ",EXPENDITURE,COLLEGE,,,EQUIPMENT_PURCHASE,1.00,2020-04-01,V-X\r\n");
        assertThat(lacking.status()).isEqualTo(400);
        assertThat(lacking.json().path("errors").get(0).path("column").asText()).isEqualTo("category");
        assertThat(upload(officer, "IMP-E", "installments", LABELS + KEYS).status()).isEqualTo(400);
        // above a command's 256 KiB, within the import's 10 MiB: read; above 10 MiB: refused unread
        String large = LABELS + KEYS + ",INSTALLMENT,COLLEGE,,CASH,,1.00,2020-04-01,V-L\r\n".repeat(6_000);
        assertThat(large.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(256 * 1024);
        Api.Response read = upload(officer, "IMP-E", "installments", large);
        assertThat(read.status()).as(read.toString()).isEqualTo(201);
        assertThat(read.json().path("recorded").asInt()).isEqualTo(6_000);
        Api.Response tooLarge = upload(officer, "IMP-E", "installments", "x".repeat(10 * 1024 * 1024 + 1));
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
    }

    private static Api.Response upload(Api api, String platform, String kind, String csv) {
        return upload(api, platform, kind, csv, "");
    }

    private static Api.Response upload(Api api, String platform, String kind, String csv, String query) {
        return api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/platforms/" + platform + "/imports/"
                        + kind + query))
                .timeout(Api.REQUEST_TIMEOUT)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv.getBytes(StandardCharsets.UTF_8))));
    }
}
