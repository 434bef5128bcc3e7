package cn.jsedu.ledger.system.imports;

import cn.jsedu.ledger.system.Commands;
import cn.jsedu.ledger.system.LedgerSystem;
import cn.jsedu.ledger.testsupport.Api;
import cn.jsedu.ledger.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR 0024 end to end: the ledger's own export (query side) is a file the import (command side) takes. A platform's
 * ledger exported as CSV, cut down to its installments, is imported into another platform as the finance officer:
 * the same entries (the export's entry ids are the row keys) with the same amounts, once however often it is uploaded;
 * the whole workbook, which also holds an expenditure, is refused naming that row's kind, and records nothing.
 */
class ImportRoundTripIT {

    private static final String FROM = "IMPX-1";
    private static final String TO = "IMPX-2";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static LedgerSystem ledger;
    private static long version;

    @BeforeAll
    static void platforms() {
        ledger = LedgerSystem.get();
        Commands commands = new Commands(ledger.commands);
        commands.approvedPlatform(FROM, "8700000201");
        commands.approvedPlatform(TO, "8700000202");
        commands.installment(FROM, "I-P1", "PROVINCIAL_FINANCE", "3000000.00", "2020-04-01");
        commands.installment(FROM, "I-P2", "PROVINCIAL_FINANCE", "1234.56", "2020-04-02");
        version = commands.expenditure(FROM, "X-1", "PROVINCIAL_FINANCE", null, "800.00", "2020-05-10");
    }

    @Test
    void theLedgersOwnExportIsImportedOnceAndNothingOfARefusedFileIsRecorded() {
        String csv = new String(download("/api/v1/platforms/" + FROM + "/ledger.csv?minVersion=" + version),
                StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        String installments = lines.subList(0, 2).stream().collect(Collectors.joining("\r\n", "", "\r\n"))
                + lines.subList(2, lines.size()).stream().filter(l -> l.contains(",INSTALLMENT,"))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
        Api finance = ledger.commands.as("finance");

        // the workbook holds the expenditure too: refused, naming its row and the kind column
        byte[] workbook = download("/api/v1/platforms/" + FROM + "/ledger.xlsx?minVersion=" + version);
        Api.Response refused = upload(finance, TO, workbook, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        List<String> errors = new ArrayList<>();
        refused.json().path("errors").forEach(e -> errors.add(e.path("column").asText() + " " + e.path("code").asText()));
        assertThat(errors).containsExactly("kind VALIDATION_FAILED");

        JsonNode recorded = expect(upload(finance, TO, installments.getBytes(StandardCharsets.UTF_8), "text/csv"), 201)
                .json();
        assertThat(recorded.path("recorded").asInt()).isEqualTo(2);
        JsonNode again = expect(upload(finance, TO, installments.getBytes(StandardCharsets.UTF_8), "text/csv"), 200)
                .json();
        assertThat(again.path("alreadyRecorded").asInt()).isEqualTo(2);
        assertThat(again.path("recorded").asInt()).isZero();

        JsonNode lines2 = expect(ledger.queries.as("finance").get("/api/v1/platforms/" + TO + "/ledger?minVersion="
                + recorded.path("version").asLong()), 200).json().path("lines");
        List<String> entries = new ArrayList<>();
        lines2.forEach(l -> entries.add(l.path("entryId").asText() + " " + l.path("kind").asText() + " "
                + l.path("source").asText() + " " + l.path("amount").asText() + " " + l.path("effectiveDate").asText()));
        assertThat(entries).containsExactlyInAnyOrder("I-P1 INSTALLMENT PROVINCIAL_FINANCE 3000000.00 2020-04-01",
                "I-P2 INSTALLMENT PROVINCIAL_FINANCE 1234.56 2020-04-02");
    }

    /**
     * Issue 15 part 6: a college's enterprise contributions, exported from one platform and cut down to them, are a
     * file the college officer of another platform imports, once; they await the enterprise's confirmation there as
     * contributions recorded one by one do. Another college's officer is told the platform does not exist.
     */
    @Test
    void theExportsEnterpriseContributionsAreImportedByTheCollegeOnceAndAwaitTheEnterprise() {
        Commands commands = new Commands(ledger.commands);
        commands.approvedPlatform("IMPX-3", "8700000203");
        commands.approvedPlatform("IMPX-4", "8700000204");
        commands.contribution("IMPX-3", "C-1", "E1", "CASH", "600.00", "2020-05-01");
        long v = commands.contribution("IMPX-3", "C-2", "E1", "CASH", "77.70", "2020-05-02");
        List<String> lines = new String(download("/api/v1/platforms/IMPX-3/ledger.csv?minVersion=" + v),
                StandardCharsets.UTF_8).lines().toList();
        byte[] contributions = (lines.subList(0, 2).stream().collect(Collectors.joining("\r\n", "", "\r\n"))
                + lines.subList(2, lines.size()).stream().filter(l -> l.contains(",ENTERPRISE_CONTRIBUTION,"))
                .collect(Collectors.joining("\r\n", "", "\r\n"))).getBytes(StandardCharsets.UTF_8);

        Api.Response elsewhere = upload(commands.college("IMPX-3"), "IMPX-4", "enterprise-contributions",
                contributions, "text/csv");
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(404);
        Api officer = commands.college("IMPX-4");
        JsonNode recorded = expect(upload(officer, "IMPX-4", "enterprise-contributions", contributions, "text/csv"), 201)
                .json();
        assertThat(recorded.path("recorded").asInt()).isEqualTo(2);
        JsonNode again = expect(upload(officer, "IMPX-4", "enterprise-contributions", contributions, "text/csv"), 200)
                .json();
        assertThat(again.path("alreadyRecorded").asInt()).isEqualTo(2);

        JsonNode e1 = expect(ledger.queries.as("enterprise-" + Commands.E1_CODE).get(
                "/api/v1/platforms/IMPX-4/enterprise-contributions?minVersion=" + recorded.path("version").asLong()), 200)
                .json().path("enterprises").get(0);
        List<String> lines4 = new ArrayList<>();
        e1.path("contributions").forEach(c -> lines4.add(c.path("entryId").asText() + " " + c.path("amount").asText()
                + " " + c.path("state").asText()));
        assertThat(lines4).containsExactly("C-1 600.00 UNCONFIRMED", "C-2 77.70 UNCONFIRMED");
    }

    private static Api.Response upload(Api api, String platform, byte[] file, String contentType) {
        return upload(api, platform, "installments", file, contentType);
    }

    private static Api.Response upload(Api api, String platform, String kind, byte[] file, String contentType) {
        return api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/platforms/" + platform
                        + "/imports/" + kind))
                .timeout(Api.REQUEST_TIMEOUT)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
    }

    private static byte[] download(String path) {
        String basic = Base64.getEncoder().encodeToString(("finance:" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(ledger.queries.base() + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Basic " + basic).GET().build();
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
