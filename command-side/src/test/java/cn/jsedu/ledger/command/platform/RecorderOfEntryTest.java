package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.MoneyEntryEvent;
import cn.jsedu.ledger.kernel.event.RecoveryRecordedEvent;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.id.EntryId;
import cn.jsedu.ledger.kernel.role.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static cn.jsedu.ledger.command.platform.PlatformFixture.refusedWith;
import static cn.jsedu.ledger.command.platform.TestPlatforms.*;
import static cn.jsedu.ledger.kernel.fund.ContributionForm.CASH;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.instanceOf;

/**
 * docs/domain.md §4: only a role that may record an entry may correct it, and only the recorder of a source's money
 * records its return. The aggregate's rule as a grid of entry kind × source × role; the expectations are written out
 * here (Y = accepted), independently of {@code EntryRecorders}. Whether a college officer acts for its own platform
 * is the access policy's (CorrectionAndRecoveryGridIT).
 */
class RecorderOfEntryTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2020, 4, 1);
    private static final LocalDate MAY_1 = LocalDate.of(2020, 5, 1);

    private AggregateTestFixture<Platform> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlatformFixture.create();
    }

    @ParameterizedTest(name = "correct {0} of {1}: admin={2} finance={3} auditor={4} college={5}")
    @CsvSource({
            "INSTALLMENT,             PROVINCIAL_FINANCE, N, Y, N, N",
            "INSTALLMENT,             LOCAL_GOVERNMENT,   N, N, N, Y",
            "INSTALLMENT,             SPONSOR,            N, N, N, Y",
            "INSTALLMENT,             COLLEGE,            N, N, N, Y",
            "INSTALLMENT,             INDUSTRY_OTHER,     N, N, N, Y",
            "ENTERPRISE_CONTRIBUTION, ENTERPRISE,         N, N, N, Y",
            "EXPENDITURE,             PROVINCIAL_FINANCE, N, N, N, Y",
            "EXPENDITURE,             LOCAL_GOVERNMENT,   N, N, N, Y",
            "EXPENDITURE,             SPONSOR,            N, N, N, Y",
            "EXPENDITURE,             ENTERPRISE,         N, N, N, Y",
            "EXPENDITURE,             COLLEGE,            N, N, N, Y",
            "EXPENDITURE,             INDUSTRY_OTHER,     N, N, N, Y"})
    void correctionsByTheRecorderOfTheOriginalOnly(String kind, FundingSource source, String admin, String finance,
                                                   String auditor, String college) {
        expectCorrection(kind, source, Role.PROVINCE_ADMIN, admin);
        expectCorrection(kind, source, Role.FINANCE_OFFICER, finance);
        expectCorrection(kind, source, Role.AUDITOR, auditor);
        expectCorrection(kind, source, Role.COLLEGE_OFFICER, college);
        expectCorrection(kind, source, null, "N");
    }

    @ParameterizedTest(name = "recover {0}: admin={1} finance={2} auditor={3} college={4}")
    @CsvSource({
            "PROVINCIAL_FINANCE, N, Y, N, N",
            "LOCAL_GOVERNMENT,   N, N, N, Y",
            "SPONSOR,            N, N, N, Y",
            "ENTERPRISE,         N, N, N, Y",
            "COLLEGE,            N, N, N, Y",
            "INDUSTRY_OTHER,     N, N, N, Y"})
    void recoveriesByTheRecorderOfTheSourceOnly(FundingSource source, String admin, String finance, String auditor,
                                                String college) {
        expectRecovery(source, Role.PROVINCE_ADMIN, admin);
        expectRecovery(source, Role.FINANCE_OFFICER, finance);
        expectRecovery(source, Role.AUDITOR, auditor);
        expectRecovery(source, Role.COLLEGE_OFFICER, college);
        expectRecovery(source, null, "N");
    }

    private void expectCorrection(String kind, FundingSource source, Role by, String expected) {
        ResultValidator<Platform> result = fixture
                .given(declared(), approved(), agreementWithE1AndE2(), cashOf(source, "1000.00"), original(kind, source))
                .when(correct(by, "K1", "O1", "90.00"));
        if ("Y".equals(expected)) {
            result.expectSuccessfulHandlerExecution().expectEventsMatching(payloadsMatching(
                    exactSequenceOf(instanceOf(AdjustmentRecordedEvent.class), andNoMore())));
        } else {
            result.expectException(refusedWith(ErrorCode.NOT_ENTRY_RECORDER, "originalEntryId")).expectNoEvents();
        }
    }

    private void expectRecovery(FundingSource source, Role by, String expected) {
        ResultValidator<Platform> result = fixture
                .given(declared(), approved(), agreementWithE1AndE2(), cashOf(source, "1000.00"))
                .when(new RecordRecoveryCommand(PLATFORM, EntryId.of("R1"), source, yuan("10.00"), MAY_1, "退回",
                        "苏财教〔2020〕8号", by));
        if ("Y".equals(expected)) {
            result.expectEvents(new RecoveryRecordedEvent(ID, "R1", source, yuan("10.00"), MAY_1, "退回", "苏财教〔2020〕8号"));
        } else {
            result.expectException(refusedWith(ErrorCode.NOT_ENTRY_RECORDER, "source")).expectNoEvents();
        }
    }

    /** Cash of {@code source} on April 1, so that an expenditure or a recovery has something to draw on. */
    private static MoneyEntryEvent cashOf(FundingSource source, String amount) {
        return source == FundingSource.ENTERPRISE ? contribution("CASH", E1, CASH, amount, APRIL_1)
                : installment("CASH", source, amount, APRIL_1);
    }

    /** The entry "O1" to be corrected: of {@code kind}, for {@code source}, 100.00 on May 1. */
    private static MoneyEntryEvent original(String kind, FundingSource source) {
        return switch (kind) {
            case "INSTALLMENT" -> installment("O1", source, "100.00", MAY_1);
            case "ENTERPRISE_CONTRIBUTION" -> contribution("O1", E1, CASH, "100.00", MAY_1);
            case "EXPENDITURE" -> expenditure("O1", source, "100.00", MAY_1);
            default -> throw new IllegalArgumentException(kind);
        };
    }
}
