package cn.jsedu.ledger.system.export;

import cn.jsedu.ledger.query.web.ReadYourWritesSettings;
import cn.jsedu.ledger.system.Commands;
import cn.jsedu.ledger.system.LedgerSystem;
import cn.jsedu.ledger.testsupport.Api;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/domain.md §4 "Dates" through both APIs: a platform built from 2020-03-01 to 2023-03-01 takes money entries from
 * 2019-03-01 (12 months before its start) to 2023-03-01; one day outside either side, and absurd dates, are refused
 * naming the field and the window. For every accepted date, at the window's edges, the read model, time travel
 * (balances as of the edge day, as known at the entry's recording time) and the exports (CSV, xlsx, the PDF dossier)
 * hold exactly the event's date. Absurd query parameters are a 400 naming the parameter.
 */
class DateEdgesIT {

    private static final String P = "EDGE-1";
    private static LedgerSystem ledger;
    private static Commands commands;
    private static long version;

    @BeforeAll
    static void platformWithEntriesOnBothEdges() {
        ledger = LedgerSystem.get();
        commands = new Commands(ledger.commands);
        commands.approvedPlatform(P, "8100000061");
        commands.installment(P, "I-FIRST", "COLLEGE", "100.00", "2019-03-01");
        commands.expenditure(P, "X-FIRST", "COLLEGE", null, "40.00", "2019-03-01");
        version = commands.installment(P, "I-LAST", "COLLEGE", "200.00", "2023-03-01");
        expect(ledger.queries.get("/api/v1/platforms/" + P + "?minVersion=" + version), 200);
    }

    @ParameterizedTest(name = "effectiveDate {0}")
    @ValueSource(strings = {"2019-02-28", "2023-03-02", "0001-01-01", "-999999999-01-01", "1970-01-01"})
    void aDateOutsideTheWindowIsRefusedNamingTheFieldAndTheWindow(String date) {
        Api.Response response = commands.post(P, "installments", """
                {"source":"COLLEGE","form":"CASH","amount":"1.00","effectiveDate":"%s","voucherRef":"凭证-边界"}""".formatted(date));
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.code()).isEqualTo("DATE_OUTSIDE_WINDOW");
        assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo("effectiveDate");
        assertThat(response.json().path("detail").asText()).contains("2019-03-01 to 2023-03-01");
    }

    @Test
    void balancesAsOfTheEdgeDaysCountExactlyTheEntriesOfThoseDays() {
        assertThat(collegeCash("asOf=2019-02-28")).isEqualTo("0.00");
        assertThat(collegeCash("asOf=2019-03-01")).isEqualTo("60.00");
        assertThat(collegeCash("asOf=2023-02-28")).isEqualTo("60.00");
        assertThat(collegeCash("asOf=2023-03-01")).isEqualTo("260.00");
    }

    @Test
    void asKnownAtTheRecordingOfTheFirstEntryItIsThereWithItsDate() {
        Map<String, JsonNode> events = history();
        Instant recorded = Instant.parse(events.get("I-FIRST").path("recordedAt").asText());
        assertThat(collegeCash("asOf=2019-03-01&knownAt=" + recorded)).isEqualTo("100.00");
        assertThat(collegeCash("asOf=2019-03-01&knownAt=" + recorded.minusMillis(1))).isEqualTo("0.00");
        JsonNode state = expect(ledger.queries.get("/api/v1/platforms/" + P + "/state?knownAt=" + recorded), 200).json();
        assertThat(state.path("entries").get(0).path("effectiveDate").asText()).isEqualTo("2019-03-01");
    }

    @Test
    void theLedgerExportsPrintTheEventsDates() throws IOException {
        Map<String, String> csvDates = new HashMap<>();
        for (CSVRecord row : csv(download("/api/v1/platforms/" + P + "/ledger.csv"))) {
            csvDates.put(row.get("entryId"), row.get("effectiveDate"));
        }
        assertThat(csvDates).containsEntry("I-FIRST", "2019-03-01").containsEntry("X-FIRST", "2019-03-01")
                .containsEntry("I-LAST", "2023-03-01").hasSize(3);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download("/api/v1/platforms/" + P + "/ledger.xlsx").bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            Map<String, Integer> columns = new HashMap<>();
            sheet.getRow(1).forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
            Map<String, LocalDate> xlsxDates = new HashMap<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                xlsxDates.put(row.getCell(columns.get("entryId")).getStringCellValue(),
                        row.getCell(columns.get("effectiveDate")).getLocalDateTimeCellValue().toLocalDate());
            }
            assertThat(xlsxDates).containsEntry("I-FIRST", LocalDate.of(2019, 3, 1))
                    .containsEntry("I-LAST", LocalDate.of(2023, 3, 1));
        }

        String text;
        try (PDDocument pdf = Loader.loadPDF(download("/api/v1/platforms/" + P + "/dossier.pdf").bytes())) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("2019-03-01", "2023-03-01");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "balances?asOf=-999999999-01-01", "balances?asOf=0001-01-01", "balances?asOf=%2B10000-01-01",
            "balances?asOf=2017-12-31", "compliance?asOf=0001-01-01", "readiness?asOf=0001-01-01",
            "reporting-status?asOf=-999999999-01-01", "indicators?asOf=0001-01-01", "workstations?asOf=0001-01-01",
            "balances.csv?asOf=0001-01-01", "balances.xlsx?asOf=%2B999999999-12-31"})
    void anAbsurdAsOfIsA400NamingIt(String query) {
        expectBadParameter(query, "asOf");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "balances?knownAt=0001-01-01T00:00:00Z", "balances?knownAt=-1000000000-01-01T00:00:00Z",
            "balances?knownAt=%2B1000000000-12-31T23:59:59Z", "compliance?knownAt=%2B10000-01-01T00:00:00Z",
            "state?knownAt=0001-01-01T00:00:00Z", "balances.csv?knownAt=0001-01-01T00:00:00Z"})
    void anAbsurdKnownAtIsA400NamingIt(String query) {
        expectBadParameter(query, "knownAt");
    }

    /**
     * A wait for the read model lasts the whole bound before it answers (the read model never reaches such a version),
     * so an answer sooner than the bound is one that did not wait: compared with the query side's own bound, not with a
     * guess at how fast a request is.
     */
    @Test
    void aMinVersionThePlatformNeverReachedIsA400NotAWait() {
        Duration bound = ledger.querySide.getBean(ReadYourWritesSettings.class).minVersionTimeout();
        answeredBefore(bound, () -> expectBadParameter("balances?minVersion=" + Long.MAX_VALUE, "minVersion"));
        answeredBefore(bound, () -> expectBadParameter("?minVersion=" + (version + 1000), "minVersion"));
        expectBadParameter("state?atVersion=" + Long.MAX_VALUE, "atVersion");
    }

    private static void answeredBefore(Duration bound, Runnable request) {
        long started = System.nanoTime();
        request.run();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answered without waiting out the bound")
                .isLessThan(bound);
    }

    private static void expectBadParameter(String query, String parameter) {
        Api.Response response = ledger.queries.get("/api/v1/platforms/" + P + (query.startsWith("?") ? "" : "/") + query);
        assertThat(response.status()).as(query + ": " + response).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("field").asText()).as(query + ": " + response)
                .isEqualTo(parameter);
    }

    private static String collegeCash(String query) {
        JsonNode balances = expect(ledger.queries.get("/api/v1/platforms/" + P + "/balances?" + query), 200).json();
        for (JsonNode source : balances.path("sources")) {
            if (source.path("source").asText().equals("COLLEGE")) {
                return source.path("figures").path("cashBalance").asText();
            }
        }
        throw new AssertionError("no COLLEGE row in " + balances);
    }

    private static Map<String, JsonNode> history() {
        Map<String, JsonNode> byEntry = new HashMap<>();
        for (JsonNode event : expect(ledger.queries.get("/api/v1/platforms/" + P + "/history"), 200).json()) {
            byEntry.put(event.path("payload").path("entryId").asText(), event);
        }
        return byEntry;
    }

    private static Download.File download(String path) {
        Download.File file = Download.get(ledger.queries.base(), path, "auditor");
        assertThat(file.status()).as(path + ": " + file.text()).isEqualTo(200);
        return file;
    }

    private static List<CSVRecord> csv(Download.File file) throws IOException {
        return ExportCsv.read(file).rows();
    }
}
