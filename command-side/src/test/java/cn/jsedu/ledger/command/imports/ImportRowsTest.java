package cn.jsedu.ledger.command.imports;

import cn.jsedu.ledger.command.platform.RecordEnterpriseContributionCommand;
import cn.jsedu.ledger.command.platform.RecordImportCommand;
import cn.jsedu.ledger.command.platform.RecordInstallmentCommand;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.money.Money;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Reading a file of entries in the export's layout (ADR 0024): its rows, their keys, every malformed cell. */
class ImportRowsTest {

    private static final PlatformId P = PlatformId.of("P-1");
    /** As the query side's ledger export writes it: BOM, a row of labels, a row of keys, then the entries. */
    private static final String EXPORT_HEAD = "\uFEFF事件序号,事件编号,分录编号,类型,更正的原分录,资金来源,合作方,投入形式,支出类别,金额,"
            + "到位（现金）,到位（非现金）,支出,追回,生效日期,记录时间（北京时间）,凭证,原因\r\n"
            + "sequenceNumber,eventId,entryId,kind,originalEntryId,source,partyId,form,category,amount,receivedCash,"
            + "receivedNonCash,spent,recovered,effectiveDate,recordedAt,voucherRef,reason\r\n";

    @Test
    void readsTheLedgerExportsOwnCsv() {
        String csv = EXPORT_HEAD
                + "3,ev-1,I-1,INSTALLMENT,,PROVINCIAL_FINANCE,,CASH,,5000000.00,5000000.00,0.00,0.00,0.00,2020-04-01,"
                + "2020-04-02 09:00:00+08:00,苏财教〔2020〕1号,\r\n"
                + "4,ev-2,,INSTALLMENT,,PROVINCIAL_FINANCE,,CASH,,12.5,,,,,2020-04-03,,'=V-2,\r\n";
        ImportRows.Parsed parsed = parse(ImportKind.INSTALLMENTS, csv);
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).extracting(RecordImportCommand.Row::number).containsExactly(3, 4);
        RecordInstallmentCommand first = installment(parsed, 0);
        assertThat(first.entryId().value()).isEqualTo("I-1");
        assertThat(first.source()).isEqualTo(FundingSource.PROVINCIAL_FINANCE);
        assertThat(first.amount()).isEqualTo(Money.ofFen(500_000_000L));
        assertThat(first.effectiveDate()).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(first.voucherRef()).isEqualTo("苏财教〔2020〕1号");
        RecordInstallmentCommand second = installment(parsed, 1);
        assertThat(second.amount()).isEqualTo(Money.ofFen(1250));
        // the export's formula guard is taken off again
        assertThat(second.voucherRef()).isEqualTo("=V-2");
        assertThat(second.entryId().value()).matches("IMP-[0-9a-f]{40}");
    }

    @Test
    void readsTheExportsContributionRowsAsTheCommandsOfTheirEnterprises() {
        String csv = EXPORT_HEAD
                + "5,ev-3,C-1,ENTERPRISE_CONTRIBUTION,,ENTERPRISE,E1,CASH,,800.00,800.00,0.00,0.00,0.00,2020-05-01,"
                + "2020-05-02 09:00:00+08:00,入库单-1,\r\n"
                + "6,ev-4,,ENTERPRISE_CONTRIBUTION,,ENTERPRISE,E2,CASH,,1.00,,,,,2020-05-03,,入库单-2,\r\n";
        ImportRows.Parsed parsed = parse(ImportKind.ENTERPRISE_CONTRIBUTIONS, csv);
        assertThat(parsed.errors()).isEmpty();
        RecordEnterpriseContributionCommand first = ((RecordImportCommand.ContributionRow) parsed.rows().get(0).command())
                .contribution();
        assertThat(first.entryId().value()).isEqualTo("C-1");
        assertThat(first.partyId().value()).isEqualTo("E1");
        assertThat(first.form()).isEqualTo(ContributionForm.CASH);
        assertThat(first.amount()).isEqualTo(Money.ofFen(80_000L));
        assertThat(first.voucherRef()).isEqualTo("入库单-1");
        assertThat(parsed.rows().get(1).command().entryId()).matches("IMP-[0-9a-f]{40}");

        // no source column: ENTERPRISE, the same key as the export's row saying so; another source or no party: errors
        String plain = "partyId,form,amount,effectiveDate,voucherRef\nE2,CASH,1.00,2020-05-03,入库单-2\n";
        assertThat(parse(ImportKind.ENTERPRISE_CONTRIBUTIONS, plain).rows().get(0).command().entryId())
                .isEqualTo(parsed.rows().get(1).command().entryId());
        ImportRows.Parsed wrong = parse(ImportKind.ENTERPRISE_CONTRIBUTIONS,
                "source,partyId,form,amount,effectiveDate,voucherRef\nCOLLEGE,E1,CASH,1.00,2020-05-03,V\n"
                        + "ENTERPRISE,,CASH,1.00,2020-05-03,V\n");
        assertThat(wrong.rows()).isEmpty();
        assertThat(wrong.errors()).extracting(RowError::row, RowError::column).containsExactly(
                tuple(2, "source"), tuple(3, "partyId"));
    }

    @Test
    void derivedRowKeysAreTheSameForTheSameRowsAndDistinctForRepeatedOnes() {
        String head = "source,form,amount,effectiveDate,voucherRef\n";
        String row = "COLLEGE,CASH,10.00,2020-04-01,V-1\n";
        ImportRows.Parsed once = parse(ImportKind.INSTALLMENTS, head + row);
        ImportRows.Parsed twice = parse(ImportKind.INSTALLMENTS, head + row + row);
        ImportRows.Parsed longer = parse(ImportKind.INSTALLMENTS, head + row + "COLLEGE,CASH,11.00,2020-04-01,V-1\n");
        assertThat(installment(twice, 0).entryId()).isEqualTo(installment(once, 0).entryId());
        assertThat(installment(twice, 1).entryId()).isNotEqualTo(installment(twice, 0).entryId());
        assertThat(installment(longer, 0).entryId()).isEqualTo(installment(once, 0).entryId());
        assertThat(installment(longer, 1).entryId()).isNotEqualTo(installment(once, 0).entryId());
    }

    @Test
    void listsEveryMalformedCellOfEveryRow() {
        String csv = "source,form,amount,effectiveDate,voucherRef,entryId,kind\n"
                + "COLLEGE,CASH,10.00,2020-04-01,V-1,,\n"                 // row 2: fine
                + "NOWHERE,CASH,-5,2020-13-01,,bad id!,\n"                // row 3: source, amount, date, voucher, entryId
                + "COLLEGE,,1.001,2020-04-01,V-3,,EXPENDITURE\n"          // row 4: kind, form, amount
                + "COLLEGE,CASH,,,V\u0007,,\n";                           // row 5: amount, date, voucher
        ImportRows.Parsed parsed = parse(ImportKind.INSTALLMENTS, csv);
        assertThat(parsed.rows()).extracting(RecordImportCommand.Row::number).containsExactly(2);
        assertThat(parsed.errors()).extracting(RowError::row, RowError::column, RowError::code).containsExactlyInAnyOrder(
                tuple(3, "entryId", "VALIDATION_FAILED"), tuple(3, "source", "VALIDATION_FAILED"),
                tuple(3, "amount", "VALIDATION_FAILED"), tuple(3, "effectiveDate", "VALIDATION_FAILED"),
                tuple(3, "voucherRef", "VALIDATION_FAILED"),
                tuple(4, "kind", "VALIDATION_FAILED"), tuple(4, "form", "VALIDATION_FAILED"),
                tuple(4, "amount", "VALIDATION_FAILED"),
                tuple(5, "amount", "VALIDATION_FAILED"), tuple(5, "effectiveDate", "VALIDATION_FAILED"),
                tuple(5, "voucherRef", "VALIDATION_FAILED"));
        RowError amount = parsed.errors().stream().filter(e -> e.row() == 3 && e.column().equals("amount")).findFirst()
                .orElseThrow();
        assertThat(amount.columnLabel()).isEqualTo("金额");
        assertThat(amount.messageZh()).contains("金额应为以元计的数");
        assertThat(amount.message()).contains("amount");
    }

    @Test
    void namesTheColumnsAFileLacks() {
        ImportFile.Table table = ImportFile.read("source,amount,effectiveDate\nCOLLEGE,1.00,2020-04-01\n"
                .getBytes(StandardCharsets.UTF_8), 10);
        assertThat(ImportRows.missingColumns(ImportKind.EXPENDITURES, table))
                .extracting(RowError::row, RowError::column).containsExactly(tuple(1, "category"), tuple(1, "voucherRef"));
    }

    @Test
    void readsAnExcelWorkbookWithNumberAndDateCells() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("分录 ledger");
            row(sheet, 0, "支出类别", "资金来源", "金额", "生效日期", "凭证");
            row(sheet, 1, "category", "source", "amount", "effectiveDate", "voucherRef");
            Row entry = row(sheet, 2, "EQUIPMENT_PURCHASE", "COLLEGE");
            entry.createCell(2).setCellValue(1234567.89);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            entry.createCell(3).setCellValue(LocalDate.of(2021, 5, 6));
            entry.getCell(3).setCellStyle(date);
            entry.createCell(4).setCellValue("V-9");
            Row formula = row(sheet, 3, "EQUIPMENT_PURCHASE", "COLLEGE");
            formula.createCell(2).setCellFormula("1+1");
            formula.createCell(3).setCellValue("2021-05-06");
            formula.createCell(4).setCellValue("V-10");
            book.write(out);
            xlsx = out.toByteArray();
        }
        ImportRows.Parsed parsed = ImportRows.parse(ImportKind.EXPENDITURES, P, ImportFile.read(xlsx, 10));
        assertThat(parsed.rows()).hasSize(1);
        var expenditure = ((RecordImportCommand.ExpenditureRow) parsed.rows().get(0).command()).expenditure();
        assertThat(expenditure.amount()).isEqualTo(Money.ofFen(123_456_789L));
        assertThat(expenditure.effectiveDate()).isEqualTo(LocalDate.of(2021, 5, 6));
        assertThat(parsed.errors()).extracting(RowError::row, RowError::column).containsExactly(tuple(4, "amount"));
        assertThat(parsed.errors().get(0).messageZh()).contains("公式");
    }

    @Test
    void refusesWhatIsNoTableOfEntries() {
        assertThatThrownBy(() -> ImportFile.read(new byte[]{(byte) 0xff, (byte) 0xfe, 0, 1}, 10))
                .isInstanceOf(ImportFile.UnreadableFileException.class);
        assertThatThrownBy(() -> ImportFile.read("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), 10))
                .isInstanceOf(ImportFile.UnreadableFileException.class).hasMessageContaining("keys");
        assertThatThrownBy(() -> ImportFile.read("PK\u0003\u0004 not a workbook".getBytes(StandardCharsets.UTF_8), 10))
                .isInstanceOf(ImportFile.UnreadableFileException.class);
        String threeRows = "source,form,amount,effectiveDate,voucherRef\n" + "COLLEGE,CASH,1.00,2020-04-01,V\n".repeat(3);
        assertThatThrownBy(() -> ImportFile.read(threeRows.getBytes(StandardCharsets.UTF_8), 2))
                .isInstanceOf(ImportFile.TooManyRowsException.class);
        assertThat(ImportFile.read(threeRows.getBytes(StandardCharsets.UTF_8), 3).lines()).hasSize(3);
    }

    private static Row row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
        return row;
    }

    private static ImportRows.Parsed parse(ImportKind kind, String csv) {
        return ImportRows.parse(kind, P, ImportFile.read(csv.getBytes(StandardCharsets.UTF_8), 100));
    }

    private static RecordInstallmentCommand installment(ImportRows.Parsed parsed, int index) {
        return ((RecordImportCommand.InstallmentRow) parsed.rows().get(index).command()).installment();
    }

}
