package cn.jsedu.ledger.system.document;

import cn.jsedu.ledger.kernel.document.DocumentHash;
import cn.jsedu.ledger.query.verification.OfflineVerifier;
import cn.jsedu.ledger.system.Commands;
import cn.jsedu.ledger.system.LedgerSystem;
import cn.jsedu.ledger.testsupport.Api;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence documents and audit findings through both APIs (ADR 0021): a document uploaded to the command side, cited
 * by an installment, listed, downloaded and exported in the evidence bundle by the query side, unreadable to another
 * college; a finding recorded by an auditor blocks the acceptance request until the college's rectification is
 * accepted and the finding closed.
 */
class EvidenceDocumentsAndFindingsIT {

    private static final String DOCS = "DOCS-A";
    private static final String OTHER = "DOCS-B";
    private static final String AUDITED = "DOCS-F";
    private static LedgerSystem ledger;
    private static Commands commands;

    @BeforeAll
    static void platforms() {
        ledger = LedgerSystem.get();
        commands = new Commands(ledger.commands);
        commands.approvedPlatform(DOCS, "9730000001");
        commands.approvedPlatform(OTHER, "9730000002");
        commands.approvedPlatform(AUDITED, "9730000003");
    }

    private static String path(String platformId, String rest) {
        return "/api/v1/platforms/" + platformId + "/" + rest;
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + " " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anUploadedVoucherIsCitedListedDownloadedAndExportedButNotToAnotherCollege() throws Exception {
        Api college = commands.college(DOCS);
        byte[] voucher = pdf("付款凭证");
        String hash = Uploads.upload(college, DOCS, voucher);
        assertThat(hash).isEqualTo(DocumentHash.of(voucher).value());
        long version = expect(college.post(path(DOCS, "installments"), """
                {"entryId":"I-DOC","source":"COLLEGE","form":"CASH","amount":"1000.00","effectiveDate":"2020-04-01",
                 "voucherRef":"凭证-DOC","documents":["%s"]}""".formatted(hash)), 201).version();

        Api reader = ledger.queries.as(college(DOCS));
        JsonNode list = expect(reader.get(path(DOCS, "documents?minVersion=" + version)), 200).json();
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).path("sha256").asText()).isEqualTo(hash);
        assertThat(list.get(0).path("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(list.get(0).path("citations").get(0).path("eventType").asText()).isEqualTo("InstallmentRecordedEvent");
        assertThat(list.get(0).path("citations").get(0).path("subjectId").asText()).isEqualTo("I-DOC");

        HttpResponse<byte[]> download = Uploads.download(ledger.queries, path(DOCS, "documents/" + hash), college(DOCS));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(voucher);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains(hash + ".pdf");

        // another college's officer: the document and the list do not exist for it, like the platform
        assertThat(Uploads.download(ledger.queries, path(DOCS, "documents/" + hash), college(OTHER)).statusCode())
                .isEqualTo(404);
        assertThat(ledger.queries.as(college(OTHER)).get(path(DOCS, "documents")).status()).isEqualTo(404);
        // nor through its own platform, to which it was never uploaded
        assertThat(Uploads.download(ledger.queries, path(OTHER, "documents/" + hash), college(OTHER)).statusCode())
                .isEqualTo(404);

        JsonNode history = expect(ledger.queries.as("auditor").get(path(DOCS, "history")), 200).json();
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.path("documents").get(0).asText()).isEqualTo(hash);
        assertThat(last.path("payload").path("documents").get(0).asText()).isEqualTo(hash);

        JsonNode verification = expect(ledger.queries.as("auditor").get(path(DOCS, "verification")), 200).json();
        assertThat(verification.path("valid").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.path("documents")).isEmpty();

        HttpResponse<byte[]> bundle = Uploads.download(ledger.queries, path(DOCS, "evidence-bundle.zip"), "auditor");
        assertThat(bundle.statusCode()).isEqualTo(200);
        Path zip = Files.write(Files.createTempDirectory("bundle").resolve("bundle.zip"), bundle.body());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = OfflineVerifier.run(new String[]{"verify", "--bundle", zip.toString(), "--event-key",
                ledger.files.resolve("keys").toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("documents: 1 in the bundle, 1 cited by events");
    }

    /** The test user that is the college officer of the platform. */
    private static String college(String platformId) {
        return java.util.Map.of(DOCS, "college-9730000001", OTHER, "college-9730000002",
                AUDITED, "college-9730000003").get(platformId);
    }

    @Test
    void aFindingBlocksTheAcceptanceRequestUntilItsRectificationIsAcceptedAndItIsClosed() {
        Api auditor = ledger.commands.as("auditor");
        Api college = commands.college(AUDITED);
        Api admin = ledger.commands.as("admin1");
        String report = Uploads.upload(auditor, AUDITED, pdf("审计报告"));
        JsonNode history = expect(ledger.queries.as("auditor").get(path(AUDITED, "history")), 200).json();
        String agreementEvent = history.get(history.size() - 1).path("eventId").asText();
        LocalDate deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30);

        // only an auditor records a finding
        String finding = """
                {"findingId":"F-1","category":"PROCUREMENT","text":"设备采购未履行招标程序","evidenceEventIds":["%s"],
                 "documents":["%s"],"deadline":"%s"}""".formatted(agreementEvent, report, deadline);
        assertThat(admin.post(path(AUDITED, "findings"), finding).status()).isEqualTo(403);
        assertThat(college.post(path(AUDITED, "findings"), finding).status()).isEqualTo(403);
        Api.Response recorded = expect(auditor.post(path(AUDITED, "findings"), finding), 201);
        assertThat(recorded.json().path("entryId").asText()).isEqualTo("F-1");

        Api.Response blocked = college.post(path(AUDITED, "acceptance-requests"), "{\"requestedOn\":\"2023-03-01\"}");
        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(422);
        assertThat(blocked.code()).isEqualTo("FINDINGS_UNRESOLVED");

        JsonNode open = expect(ledger.queries.as("auditor").get(path(AUDITED, "findings?minVersion="
                + recorded.version())), 200).json();
        assertThat(open.path("open").asInt()).isEqualTo(1);
        assertThat(open.path("findings").get(0).path("status").asText()).isEqualTo("OPEN");
        assertThat(open.path("findings").get(0).path("evidenceEventIds").get(0).asText()).isEqualTo(agreementEvent);
        assertThat(open.path("findings").get(0).path("recordedBy").asText()).isEqualTo("auditor");
        assertThat(open.path("warnings")).isEmpty();

        // the college answers; closing is the department's, not the college's or the auditor's
        String receipt = Uploads.upload(college, AUDITED, pdf("招标补办材料"));
        expect(college.post(path(AUDITED, "findings/F-1/rectification"),
                "{\"text\":\"已补办招标手续\",\"documents\":[\"" + receipt + "\"]}"), 200);
        assertThat(college.post(path(AUDITED, "findings/F-1/closure"), "{\"remarks\":\"x\"}").status()).isEqualTo(403);
        assertThat(auditor.post(path(AUDITED, "findings/F-1/closure"), "{\"remarks\":\"x\"}").status()).isEqualTo(403);
        // not good enough: reopened with a new deadline, answered again
        expect(admin.post(path(AUDITED, "findings/F-1/reopening"),
                "{\"reason\":\"整改材料不全\",\"deadline\":\"" + deadline.plusDays(30) + "\"}"), 200);
        assertThat(college.post(path(AUDITED, "acceptance-requests"), "{\"requestedOn\":\"2023-03-01\"}").code())
                .isEqualTo("FINDINGS_UNRESOLVED");
        expect(college.post(path(AUDITED, "findings/F-1/rectification"), "{\"text\":\"已全部整改\"}"), 200);
        Api.Response closed = expect(admin.post(path(AUDITED, "findings/F-1/closure"), "{\"remarks\":\"整改到位\"}"), 200);

        JsonNode after = expect(ledger.queries.as("admin1").get(path(AUDITED, "findings?minVersion="
                + closed.version())), 200).json();
        assertThat(after.path("open").asInt()).isZero();
        JsonNode f1 = after.path("findings").get(0);
        assertThat(f1.path("status").asText()).isEqualTo("CLOSED");
        assertThat(f1.path("reopenedCount").asInt()).isEqualTo(1);
        assertThat(f1.path("rectification").path("text").asText()).isEqualTo("已全部整改");
        assertThat(f1.path("closure").path("by").asText()).isEqualTo("admin1");
        // the college reads its own platform's findings, another college does not
        assertThat(ledger.queries.as(college(AUDITED)).get(path(AUDITED, "findings")).status()).isEqualTo(200);
        assertThat(ledger.queries.as(college(OTHER)).get(path(AUDITED, "findings")).status()).isEqualTo(404);
        assertThat(expect(ledger.queries.as("auditor").get("/api/v1/programme/overdue-findings"), 200).json()
                .findValuesAsText("platformId")).doesNotContain(AUDITED);

        // no finding blocks any more; this platform's readiness checklist (ADR 0022) is another gate, which the
        // department may override under four eyes: the override is approved now that the finding is closed
        assertThat(college.post(path(AUDITED, "acceptance-requests"), "{\"requestedOn\":\"2023-03-01\"}").code())
                .isEqualTo("ACCEPTANCE_NOT_READY");
        String proposal = expect(admin.post(path(AUDITED, "acceptance-overrides"),
                "{\"requestedOn\":\"2023-03-01\",\"reason\":\"审计发现已整改销号，同意验收\"}"), 202)
                .json().path("entryId").asText();
        expect(ledger.commands.as("admin2").post(path(AUDITED, "proposals/" + proposal + "/approval"), "{}"), 200);
    }
}
