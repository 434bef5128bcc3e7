package cn.jsedu.ledger.command.document;

import cn.jsedu.ledger.command.config.DatabaseRoles;
import cn.jsedu.ledger.command.config.RolePasswords;
import cn.jsedu.ledger.command.support.CommandSideIntegrationTest;
import cn.jsedu.ledger.kernel.document.DocumentHash;
import cn.jsedu.ledger.testsupport.Api;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static cn.jsedu.ledger.command.support.Requests.approvedPlatform;
import static cn.jsedu.ledger.command.support.Requests.college;
import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Evidence documents through the command API and in the database (ADR 0021): uploaded as bytes, typed from their
 * content, stored once per content, cited by money entries; never changed or deleted, whoever asks.
 */
@CommandSideIntegrationTest
class EvidenceDocumentsIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final String OWN = "9530000001";
    private static final String OTHER = "9530000002";
    private static boolean ready;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    RolePasswords passwords;
    Api api;

    @BeforeEach
    void platforms() {
        api = new Api(port);
        if (!ready) {
            approvedPlatform(api, "DOC-OWN", OWN);
            approvedPlatform(api, "DOC-OTHER", OTHER);
            ready = true;
        }
    }

    static Api.Response upload(Api as, String platformId, byte[] content, String query) {
        return as.send(HttpRequest.newBuilder(URI.create(as.base() + "/api/v1/platforms/" + platformId + "/documents"
                        + query)).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    @Test
    void anUploadIsStoredUnderTheHashOfItsBytesOnceWhoeverSendsItAgain() {
        Api officer = api.as(college(OWN));
        Api.Response first = expect(upload(officer, "DOC-OWN", PDF, "?fileName=voucher.pdf"), 201);
        assertThat(first.json().path("sha256").asText()).isEqualTo(DocumentHash.of(PDF).value());
        assertThat(first.json().path("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(first.json().path("sizeBytes").asLong()).isEqualTo(PDF.length);
        expect(upload(officer, "DOC-OWN", PDF, ""), 201);
        expect(upload(api.as(college(OTHER)), "DOC-OTHER", PDF, ""), 201);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.evidence_document WHERE sha256 = ?",
                Long.class, DocumentHash.of(PDF).value())).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT platform_id FROM event_store.evidence_document_upload WHERE sha256 = ? "
                + "ORDER BY platform_id", String.class, DocumentHash.of(PDF).value()))
                .containsExactly("DOC-OTHER", "DOC-OWN");
    }

    @Test
    void theTypeComesFromTheContentNotTheName() {
        Api.Response html = upload(api.as(college(OWN)), "DOC-OWN",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "?fileName=scan.pdf");
        assertThat(html.status()).as(html.toString()).isEqualTo(422);
        assertThat(html.code()).isEqualTo("DOCUMENT_TYPE_NOT_ALLOWED");
        assertThat(html.json().path("errors").get(0).path("field").asText()).isEqualTo("body");
        Api.Response empty = upload(api.as(college(OWN)), "DOC-OWN", new byte[0], "");
        assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
        Api.Response badName = upload(api.as(college(OWN)), "DOC-OWN", PDF, "?fileName=..%2Fetc%2Fpasswd");
        assertThat(badName.status()).as(badName.toString()).isEqualTo(400);
        assertThat(badName.json().path("errors").get(0).path("field").asText()).isEqualTo("fileName");
    }

    @Test
    void aDocumentAboveTheLimitIsRefusedUnread() {
        Api.Response tooLarge = upload(api.as(college(OWN)), "DOC-OWN", new byte[10 * 1024 * 1024 + 1], "");
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        // a command body keeps its own, much smaller limit
        Api.Response command = api.as(college(OWN)).post("/api/v1/platforms/DOC-OWN/reports",
                "{\"period\":\"" + "x".repeat(300_000) + "\"}");
        assertThat(command.status()).isEqualTo(413);
    }

    @Test
    void anUnknownPlatformOrAnotherCollegesIsNotFound() {
        assertThat(upload(api.as("admin1"), "DOC-NEVER", PDF, "").code()).isEqualTo("PLATFORM_NOT_FOUND");
        assertThat(upload(api.as(college(OWN)), "DOC-OTHER", PDF, "").status()).isEqualTo(404);
        assertThat(upload(api.anonymous(), "DOC-OWN", PDF, "").status()).isEqualTo(401);
    }

    @Test
    void anEntryCitesUploadedDocumentsOnlyAndTheEventCarriesTheirHashes() {
        Api officer = api.as(college(OWN));
        byte[] scan = "%PDF-1.4 expenditure voucher".getBytes(StandardCharsets.US_ASCII);
        String hash = expect(upload(officer, "DOC-OWN", scan, ""), 201).json().path("sha256").asText();
        expect(officer.post("/api/v1/platforms/DOC-OWN/installments", """
                {"entryId":"I-DOC","source":"COLLEGE","form":"CASH","amount":"100.00","effectiveDate":"2020-04-01",
                 "voucherRef":"凭证-1","documents":["%s"]}""".formatted(hash)), 201);
        String payload = new String(jdbc.queryForObject("SELECT payload FROM event_store.domain_event_entry "
                + "WHERE aggregate_identifier = 'DOC-OWN' ORDER BY sequence_number DESC LIMIT 1", byte[].class),
                StandardCharsets.UTF_8);
        assertThat(payload).contains("\"documents\":[\"" + hash + "\"]");

        String neverUploaded = DocumentHash.of(new byte[] {42}).value();
        Api.Response unknown = officer.post("/api/v1/platforms/DOC-OWN/installments", """
                {"entryId":"I-DOC2","source":"COLLEGE","form":"CASH","amount":"100.00","effectiveDate":"2020-04-01",
                 "voucherRef":"凭证-2","documents":["%s","%s"]}""".formatted(hash, neverUploaded));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
        assertThat(unknown.code()).isEqualTo("UNKNOWN_DOCUMENT");
        assertThat(unknown.json().path("errors").get(0).path("field").asText()).isEqualTo("documents[1]");

        Api.Response malformed = officer.post("/api/v1/platforms/DOC-OWN/installments", """
                {"entryId":"I-DOC3","source":"COLLEGE","form":"CASH","amount":"100.00","effectiveDate":"2020-04-01",
                 "voucherRef":"凭证-3","documents":["%s"]}""".formatted(hash.toUpperCase()));
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
    }

    private Connection as(String role) throws SQLException {
        if (role.equals("postgres")) {
            return postgres.getPostgresDatabase().getConnection();
        }
        String password = Map.of(DatabaseRoles.OWNER, passwords.owner(), DatabaseRoles.COMMAND, passwords.command(),
                DatabaseRoles.QUERY, passwords.query(), DatabaseRoles.AUDITOR, passwords.auditor()).get(role);
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", role,
                password);
    }

    @Test
    void storedDocumentsAreNeverChangedOrDeletedWhoeverAsks() throws SQLException {
        expect(upload(api.as(college(OWN)), "DOC-OWN", PDF, ""), 201);
        List<String> changes = List.of(
                "UPDATE event_store.evidence_document SET content = '\\x00'",
                "DELETE FROM event_store.evidence_document",
                "TRUNCATE event_store.evidence_document CASCADE",
                "UPDATE event_store.evidence_document_upload SET platform_id = 'DOC-OTHER'",
                "DELETE FROM event_store.evidence_document_upload");
        for (String role : List.of(DatabaseRoles.COMMAND, DatabaseRoles.QUERY, DatabaseRoles.AUDITOR)) {
            try (Connection connection = as(role); Statement statement = connection.createStatement()) {
                for (String change : changes) {
                    assertThatThrownBy(() -> statement.execute(change)).as(role + ": " + change)
                            .hasMessageContaining("permission denied");
                }
            }
        }
        for (String role : List.of(DatabaseRoles.OWNER, "postgres")) {
            try (Connection connection = as(role); Statement statement = connection.createStatement()) {
                for (String change : changes) {
                    assertThatThrownBy(() -> statement.execute(change)).as(role + ": " + change)
                            .hasMessageContaining("is append-only");
                }
            }
        }
        // the readers read; only the command role stores
        try (Connection connection = as(DatabaseRoles.QUERY); Statement statement = connection.createStatement()) {
            assertThat(statement.executeQuery("SELECT count(*) FROM event_store.evidence_document").next()).isTrue();
            assertThatThrownBy(() -> statement.execute("INSERT INTO event_store.evidence_document (sha256, media_type, "
                    + "size_bytes, content) VALUES (repeat('a', 64), 'application/pdf', 1, '\\x00')"))
                    .hasMessageContaining("permission denied");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.evidence_document WHERE sha256 = ?",
                Long.class, DocumentHash.of(PDF).value())).isEqualTo(1);
    }
}
