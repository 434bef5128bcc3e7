package cn.jsedu.ledger.query.export;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV and Excel files read back: both header rows, Chinese text, exact money, percentages, dates, times, flags, long cells. */
class ExportFormatsTest {

    private static final ExportTable TABLE = new ExportTable("余额 balances", List.of(ExportTable.text("source", "资金来源"),
            ExportTable.money("amount", "金额"), ExportTable.date("effectiveDate", "生效日期"), ExportTable.flag("met", "满足"),
            ExportTable.number("version", "版本"), ExportTable.text("eventIds", "事件编号"),
            ExportTable.percent("arrivalRate", "到位率（%）")),
            List.of(Arrays.asList("省财政专项资金（含奖补）", "9999999999.99", LocalDate.of(2020, 4, 1), true, 7L, "a b, \"c\"",
                            "73.44"),
                    Arrays.asList("学校自筹", "0.01", null, false, 8L, "x".repeat(XlsxExport.MAX_CELL + 10), null)));

    @Test
    void csvHasTheLabelsThenTheKeysAsHeaderAndTheExactValuesAfterAByteOrderMark() {
        CsvReadBack.Csv csv = CsvReadBack.read(CsvExport.write(TABLE));
        assertThat(csv.labels()).containsExactly("资金来源", "金额", "生效日期", "满足", "版本", "事件编号", "到位率（%）");
        assertThat(csv.keys()).containsExactly("source", "amount", "effectiveDate", "met", "version", "eventIds",
                "arrivalRate");
        List<CSVRecord> rows = csv.rows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("source")).isEqualTo("省财政专项资金（含奖补）");
        assertThat(rows.get(0).get("amount")).isEqualTo("9999999999.99");
        assertThat(rows.get(0).get("effectiveDate")).isEqualTo("2020-04-01");
        assertThat(rows.get(0).get("eventIds")).isEqualTo("a b, \"c\"");
        assertThat(rows.get(0).get("arrivalRate")).isEqualTo("73.44");
        assertThat(rows.get(1).get("effectiveDate")).isEmpty();
        assertThat(rows.get(1).get("arrivalRate")).isEmpty();
        assertThat(rows.get(1).get("eventIds")).hasSize(XlsxExport.MAX_CELL + 10);
    }

    @Test
    void timesAreWrittenInTheLedgersZoneWithTheirOffset() {
        Instant recorded = Instant.parse("2026-01-01T17:30:05Z");
        String beijing = ExportTimes.format(recorded, ZoneId.of("Asia/Shanghai"));
        assertThat(beijing).isEqualTo("2026-01-02 01:30:05+08:00");
        assertThat(OffsetDateTime.parse(beijing, ExportTimes.FORMAT).toInstant()).isEqualTo(recorded);
    }

    @Test
    void spreadsheetHasLabelsKeysAndTypedCellsThatReadBackExactly() throws IOException {
        byte[] bytes = XlsxExport.write(List.of(TABLE), Map.of("内容", "测试"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheet("余额 balances");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("金额");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("amount");
            Row first = sheet.getRow(2);
            assertThat(BigDecimal.valueOf(first.getCell(1).getNumericCellValue()).setScale(2, RoundingMode.HALF_UP))
                    .isEqualByComparingTo("9999999999.99");
            assertThat(first.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(first.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2020, 4, 1));
            assertThat(first.getCell(3).getBooleanCellValue()).isTrue();
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(7.0);
            Row second = sheet.getRow(3);
            assertThat(BigDecimal.valueOf(second.getCell(1).getNumericCellValue()).setScale(2, RoundingMode.HALF_UP))
                    .isEqualByComparingTo("0.01");
            assertThat(second.getCell(2).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(first.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(first.getCell(6).getNumericCellValue()).movePointRight(2)
                    .setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("73.44");
            assertThat(first.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(second.getCell(6).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(second.getCell(5).getStringCellValue()).hasSizeLessThan(32_767).endsWith("the CSV export has the full list)");
            assertThat(book.getSheet("说明").getRow(0).getCell(1).getStringCellValue()).isEqualTo("测试");
        }
    }
}
