package cn.jsedu.ledger.query.export;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV injection (OWASP): a cell that a spreadsheet would run as a formula is written with a leading single quote,
 * so it opens as text; numbers in money and number columns stay numbers, negative ones included.
 */
class CsvFormulaInjectionTest {

    private static final List<ExportTable.Column> COLUMNS = List.of(ExportTable.text("voucherRef", "凭证"),
            ExportTable.money("amount", "金额"), ExportTable.number("sequenceNumber", "事件序号"));

    @ParameterizedTest(name = "text starting with {0}")
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example/\",\"click\")", "+1+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"})
    void aTextCellStartingWithAFormulaCharacterOpensAsText(String hostile) {
        CSVRecord row = only(hostile, "1.00", 1L);
        assertThat(row.get("voucherRef")).isEqualTo("'" + hostile);
    }

    @ParameterizedTest(name = "money {0}")
    @ValueSource(strings = {"-1200.00", "-0.01", "0.00", "9999999999.99", "-200000.00"})
    void moneyStaysANumberEvenWhenNegative(String amount) {
        CSVRecord row = only("凭证-1", amount, -3L);
        assertThat(row.get("amount")).isEqualTo(amount);
        assertThat(new BigDecimal(row.get("amount"))).isEqualByComparingTo(amount);
        assertThat(row.get("sequenceNumber")).isEqualTo("-3");
    }

    @Test
    void aNumericColumnHoldingSomethingOtherThanAPlainNumberIsNeutralisedToo() {
        CSVRecord row = only("凭证-1", "-1+cmd|' /C calc'!A0", 1L);
        assertThat(row.get("amount")).isEqualTo("'-1+cmd|' /C calc'!A0");
    }

    @Test
    void aNegativeNumberInATextColumnIsTextAndOpensAsText() {
        assertThat(only("-1200.00", "1.00", 1L).get("voucherRef")).isEqualTo("'-1200.00");
    }

    @Test
    void harmlessTextIsWrittenExactly() {
        for (String text : List.of("付款-88", "a=b", "1+1", " =not first", "财拨〔2020〕12号", "")) {
            assertThat(only(text, "1.00", 1L).get("voucherRef")).isEqualTo(text);
        }
    }

    private static CSVRecord only(String voucherRef, String amount, long sequence) {
        ExportTable table = new ExportTable("t", COLUMNS, List.of(Arrays.asList(voucherRef, amount, sequence)));
        List<CSVRecord> rows = CsvReadBack.read(CsvExport.write(table)).rows();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
