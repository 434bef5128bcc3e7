package cn.jsedu.ledger.system.tamper;

import cn.jsedu.ledger.command.config.DatabaseRoles;
import cn.jsedu.ledger.query.verification.OfflineVerifier;
import cn.jsedu.ledger.system.Commands;
import cn.jsedu.ledger.system.LedgerSystem;
import cn.jsedu.ledger.system.document.Uploads;
import cn.jsedu.ledger.testsupport.Api;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored evidence document with one byte changed (ADR 0021): in a copy of the ledger, the owner changes one byte of
 * a cited document through the maintenance switch (the trigger refuses it otherwise, as it does for events). The
 * copy's query side reports the document ALTERED on its platform and in the programme's verification, and the
 * offline verifier finds it in the platform's evidence bundle; an untouched document in the same copy stays valid.
 */
class DocumentTamperIT {

    private static final String TAMPERED = "TAMPER-DOC";
    private static final String CLEAN = "TAMPER-DOC-CLEAN";

    private static LedgerSystem ledger;
    private static ConfigurableApplicationContext copySide;
    private static Api copy;
    private static String hash;

    @BeforeAll
    static void aCitedDocumentChangedByOneByteInACopy() {
        ledger = LedgerSystem.get();
        Commands commands = new Commands(ledger.commands);
        for (String platform : new String[]{TAMPERED, CLEAN}) {
            commands.approvedPlatform(platform, platform.equals(TAMPERED) ? "9740000001" : "9740000002");
            String cited = Uploads.upload(commands.college(platform), platform,
                    ("%PDF-1.4\n% 评估报告 " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8));
            expect(commands.college(platform).post("/api/v1/platforms/" + platform + "/installments", """
                    {"entryId":"I-1","source":"COLLEGE","form":"CASH","amount":"500.00","effectiveDate":"2020-04-01",
                     "voucherRef":"凭证-1","documents":["%s"]}""".formatted(cited)), 201);
            if (platform.equals(TAMPERED)) {
                hash = cited;
            }
        }
        LedgerCopy copied = LedgerCopy.ofEvents(ledger, "document_tamper_copy");
        copied.copyDocuments();
        JdbcTemplate owner = copied.jdbc(DatabaseRoles.OWNER);
        // refused in normal operation, to the owner as to everyone
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> owner.update(
                "UPDATE event_store.evidence_document SET content = content WHERE sha256 = ?", hash)))
                .hasStackTraceContaining("is append-only");
        // through the maintenance switch, in one transaction on one data source (as Tampering does)
        javax.sql.DataSource ownerSource = copied.as(DatabaseRoles.OWNER);
        new TransactionTemplate(new DataSourceTransactionManager(ownerSource))
                .executeWithoutResult(status -> {
                    JdbcTemplate jdbc = new JdbcTemplate(ownerSource);
                    jdbc.execute("SET LOCAL ledger.allow_event_maintenance = 'on'");
                    // the byte after "%PDF-1.": '4' becomes '5'
                    assertThat(jdbc.update("UPDATE event_store.evidence_document SET content = "
                            + "overlay(content PLACING '\\x35'::bytea FROM 8 FOR 1) WHERE sha256 = ?", hash)).isOne();
                });
        copySide = ledger.startQuerySide(copied.url, ledger.files.resolve("document-copy-checkpoints"));
        copy = new Api(Integer.parseInt(copySide.getEnvironment().getProperty("local.server.port"))).as("auditor");
    }

    @AfterAll
    static void stopTheCopy() {
        if (copySide != null) {
            copySide.close();
        }
    }

    @Test
    void onlineVerificationReportsTheAlteredDocumentOfItsPlatformAndOfTheProgramme() {
        JsonNode report = expect(copy.get("/api/v1/platforms/" + TAMPERED + "/verification"), 200).json();
        assertThat(report.path("valid").asBoolean()).as(report.toString()).isFalse();
        assertThat(report.path("firstBroken").isNull() || report.path("firstBroken").isMissingNode())
                .as("the events are untouched").isTrue();
        assertThat(report.path("documents").get(0).path("sha256").asText()).isEqualTo(hash);
        assertThat(report.path("documents").get(0).path("problem").asText()).isEqualTo("ALTERED");

        JsonNode clean = expect(copy.get("/api/v1/platforms/" + CLEAN + "/verification"), 200).json();
        assertThat(clean.path("valid").asBoolean()).as(clean.toString()).isTrue();

        JsonNode programme = expect(copy.get("/api/v1/verification"), 200).json();
        assertThat(programme.path("valid").asBoolean()).isFalse();
        assertThat(programme.path("alteredDocuments").findValuesAsText("sha256")).containsExactly(hash);
    }

    @Test
    void theOfflineVerifierFindsItInTheEvidenceBundle() throws IOException {
        HttpResponse<byte[]> bundle = Uploads.download(new Api(Integer.parseInt(
                copySide.getEnvironment().getProperty("local.server.port"))), "/api/v1/platforms/" + TAMPERED
                + "/evidence-bundle.zip", "auditor");
        assertThat(bundle.statusCode()).isEqualTo(200);
        Path zip = Files.write(Files.createTempDirectory("tampered-bundle").resolve("bundle.zip"), bundle.body());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = OfflineVerifier.run(new String[]{"verify", "--bundle", zip.toString(), "--event-key",
                ledger.files.resolve("keys").toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));
        String output = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isEqualTo(1);
        assertThat(output).contains("BROKEN: document " + hash + " does not hash to its name");
    }
}
