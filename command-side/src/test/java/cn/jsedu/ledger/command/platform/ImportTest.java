package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.jsedu.ledger.command.platform.TestPlatforms.*;
import static cn.jsedu.ledger.kernel.fund.FundingSource.COLLEGE;
import static cn.jsedu.ledger.kernel.fund.FundingSource.PROVINCIAL_FINANCE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file of entries (ADR 0024): judged row by row by the single commands' rules on the state the rows before left,
 * recorded whole or not at all, and rows the platform holds already are not recorded twice.
 */
class ImportTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2020, 4, 1);
    private static final LocalDate APRIL_5 = LocalDate.of(2020, 4, 5);

    private AggregateTestFixture<Platform> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlatformFixture.create();
    }

    @Test
    void recordsEveryRowInTheFilesOrder() {
        fixture.given(declared(), approved())
                .when(file(false, installmentRow(2, "I1", COLLEGE, "100.00", APRIL_1),
                        expenditureRow(3, "X1", COLLEGE, "60.00", APRIL_5)))
                .expectEvents(installment("I1", COLLEGE, "100.00", APRIL_1),
                        expenditure("X1", COLLEGE, "60.00", APRIL_5))
                .expectResultMessagePayload(new ImportResult(ID, List.of(2, 3), List.of(), 3));
    }

    /** The second expenditure would spend cash the first already spent: the fold, not each row alone, is judged. */
    @Test
    void listsEveryFailingRowAndRecordsNothing() {
        fixture.given(declared(), approved(), installment("I0", COLLEGE, "100.00", APRIL_1))
                .when(file(false, expenditureRow(3, "X1", COLLEGE, "60.00", APRIL_5),
                        expenditureRow(4, "X2", COLLEGE, "60.00", APRIL_5),
                        installmentRow(5, "I2", COLLEGE, "0", APRIL_1),
                        installmentRow(6, "I3", COLLEGE, "1.00", TODAY.plusDays(1)),
                        installmentRow(7, "I4", COLLEGE, "1.00", APRIL_1)))
                .expectNoEvents()
                .expectException(refusals(
                        new ImportRefusedException.RowRefusal(4, "amount", ErrorCode.INSUFFICIENT_CASH_BALANCE, null),
                        new ImportRefusedException.RowRefusal(5, "amount", ErrorCode.AMOUNT_OUT_OF_RANGE, null),
                        new ImportRefusedException.RowRefusal(6, "effectiveDate", ErrorCode.DATE_IN_FUTURE, null)));
    }

    @Test
    void aRowRecordedBeforeIsNotRecordedTwice() {
        fixture.given(declared(), approved(), installment("I1", COLLEGE, "100.00", APRIL_1))
                .when(file(false, installmentRow(2, "I1", COLLEGE, "100.00", APRIL_1),
                        installmentRow(3, "I2", COLLEGE, "5.00", APRIL_1)))
                .expectEvents(installment("I2", COLLEGE, "5.00", APRIL_1))
                .expectResultMessagePayload(new ImportResult(ID, List.of(3), List.of(2), 3));
    }

    @Test
    void anEntryIdTakenByAnotherEntryIsRefused() {
        fixture.given(declared(), approved(), installment("I1", PROVINCIAL_FINANCE, "100.00", APRIL_1))
                .when(file(false, installmentRow(2, "I1", COLLEGE, "100.00", APRIL_1)))
                .expectNoEvents()
                .expectException(refusals(new ImportRefusedException.RowRefusal(2, "entryId", ErrorCode.ID_ALREADY_USED, null)));
    }

    @Test
    void twoRowsOfOneFileWithOneEntryIdAreRefused() {
        fixture.given(declared(), approved())
                .when(file(false, installmentRow(2, "I1", COLLEGE, "1.00", APRIL_1),
                        installmentRow(3, "I1", COLLEGE, "1.00", APRIL_1)))
                .expectNoEvents()
                .expectException(refusals(new ImportRefusedException.RowRefusal(3, "entryId", ErrorCode.ID_ALREADY_USED, null)));
    }

    @Test
    void aDryRunJudgesEveryRowAndRecordsNone() {
        fixture.given(declared(), approved())
                .when(file(true, installmentRow(2, "I1", COLLEGE, "1.00", APRIL_1)))
                .expectNoEvents()
                .expectException(new BaseMatcher<>() {
                    @Override
                    public boolean matches(Object actual) {
                        return actual instanceof ImportRefusedException e && e.refusals().isEmpty()
                                && e.judged().recordedRows().equals(List.of(2));
                    }

                    @Override
                    public void describeTo(Description description) {
                        description.appendText("a dry run's answer: no refusal, row 2 would be recorded");
                    }
                });
    }

    @Test
    void aSuspendedPlatformRefusesEveryRow() {
        fixture.given(declared(), approved(), suspended())
                .when(file(false, installmentRow(2, "I1", COLLEGE, "1.00", APRIL_1),
                        installmentRow(3, "I2", COLLEGE, "1.00", APRIL_1)))
                .expectNoEvents()
                .expectException(refusals(
                        new ImportRefusedException.RowRefusal(2, null, ErrorCode.PLATFORM_SUSPENDED, null),
                        new ImportRefusedException.RowRefusal(3, null, ErrorCode.PLATFORM_SUSPENDED, null)));
    }

    /** Every row judged is reported under the client's name for the file, failing rows and skipped ones included. */
    @Test
    void reportsEachRowJudgedUnderTheFilesProgressId() {
        List<String> reported = new java.util.ArrayList<>();
        AggregateTestFixture<Platform> watched = PlatformFixture.create(
                (platformId, progressId, judged) -> reported.add(platformId + " " + progressId + " " + judged));
        watched.given(declared(), approved(), installment("I0", COLLEGE, "5.00", APRIL_1))
                .when(new RecordImportCommand(PLATFORM, List.of(installmentRow(2, "I0", COLLEGE, "5.00", APRIL_1),
                        installmentRow(3, "I1", COLLEGE, "1.00", APRIL_1),
                        expenditureRow(4, "X1", COLLEGE, "999.00", APRIL_5)), false, "upload-7"))
                .expectNoEvents()
                .expectException(refusals(
                        new ImportRefusedException.RowRefusal(4, "amount", ErrorCode.INSUFFICIENT_CASH_BALANCE, null)));
        assertThat(reported).containsExactly(ID + " upload-7 1", ID + " upload-7 2", ID + " upload-7 3");
    }

    private static RecordImportCommand file(boolean recordNothing, RecordImportCommand.Row... rows) {
        return new RecordImportCommand(PLATFORM, List.of(rows), recordNothing);
    }

    private static RecordImportCommand.Row installmentRow(int row, String id, cn.jsedu.ledger.kernel.fund.FundingSource source,
                                                          String amount, LocalDate on) {
        return new RecordImportCommand.Row(row, new RecordImportCommand.InstallmentRow(recordInstallment(id, source, amount, on)));
    }

    private static RecordImportCommand.Row expenditureRow(int row, String id, cn.jsedu.ledger.kernel.fund.FundingSource source,
                                                          String amount, LocalDate on) {
        return new RecordImportCommand.Row(row, new RecordImportCommand.ExpenditureRow(recordExpenditure(id, source, amount, on)));
    }

    /** The refusal lists exactly these rows, fields and codes, in this order (messages not compared). */
    private static Matcher<Throwable> refusals(ImportRefusedException.RowRefusal... expected) {
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                if (!(actual instanceof ImportRefusedException e)) {
                    return false;
                }
                List<ImportRefusedException.RowRefusal> got = e.refusals().stream()
                        .map(r -> new ImportRefusedException.RowRefusal(r.row(), r.field(), r.code(), null)).toList();
                assertThat(got).containsExactly(expected);
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("an import refused with rows " + List.of(expected));
            }
        };
    }
}
