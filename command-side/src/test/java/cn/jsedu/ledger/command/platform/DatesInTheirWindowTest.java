package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.AcceptanceRequestedEvent;
import cn.jsedu.ledger.kernel.event.PlatformEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.id.AgreementId;
import cn.jsedu.ledger.kernel.id.DecisionId;
import cn.jsedu.ledger.kernel.id.EntryId;
import cn.jsedu.ledger.kernel.platform.AcceptanceResult;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.role.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static cn.jsedu.ledger.command.platform.PlatformFixture.refusedWith;
import static cn.jsedu.ledger.command.platform.TestPlatforms.*;
import static cn.jsedu.ledger.kernel.fund.FundingSource.COLLEGE;
import static cn.jsedu.ledger.kernel.fund.FundingSource.PROVINCIAL_FINANCE;

/**
 * docs/domain.md §4 "Dates": every date a command carries lies in its window, made from the programme parameters
 * (12 months before construction start; 24 months of settlement after construction end; never after today). The
 * platform of these tests is built from 2020-03-01 to 2023-03-01; "today" is 2026-06-30 unless a row says otherwise,
 * so that the windows' own ends are what is tested. Each window at its edges: the first and last day accepted, the
 * day before and after refused with DATE_OUTSIDE_WINDOW naming the field; and the absurd dates once accepted.
 */
class DatesInTheirWindowTest {

    private static final LocalDate LATE_TODAY = LocalDate.of(2026, 6, 30);

    /** Money entries and agreements of an approved platform: 2019-03-01 to 2023-03-01. */
    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
            "installment,  2019-03-01,       accepted",
            "installment,  2019-02-28,       refused",
            "installment,  2023-03-01,       accepted",
            "installment,  2023-03-02,       refused",
            "installment,  0001-01-01,       refused",
            "installment,  -999999999-01-01, refused",
            "contribution, 2019-03-01,       accepted",
            "contribution, 2019-02-28,       refused",
            "contribution, 2023-03-01,       accepted",
            "contribution, 2023-03-02,       refused",
            "expenditure,  2019-03-01,       accepted",
            "expenditure,  2019-02-28,       refused",
            "expenditure,  2023-03-01,       accepted",
            "expenditure,  2023-03-02,       refused",
            "agreement,    2019-03-01,       accepted",
            "agreement,    2019-02-28,       refused",
            "agreement,    2023-03-01,       accepted",
            "agreement,    2023-03-02,       refused"})
    void moneyEntriesAndAgreements(String command, LocalDate date, String outcome) {
        String field = command.equals("agreement") ? "signedOn" : "effectiveDate";
        Object cmd = switch (command) {
            case "installment" -> recordInstallment("I9", COLLEGE, "1.00", date);
            case "contribution" -> recordContribution("C9", E1, ContributionForm.CASH, "1.00", date);
            case "expenditure" -> recordExpenditure("X9", COLLEGE, "1.00", date);
            default -> new SignAgreementCommand(PLATFORM, AgreementId.of("A-9"), date,
                    agreementWithE1AndE2().parties(), agreementWithE1AndE2().pledges(), "共建协议-9");
        };
        expect(LATE_TODAY, approvedWithCash(), cmd, outcome, field);
    }

    /** Recoveries and decisions of an approved platform: 2019-03-01 to 2025-03-01 (24 months after the end). */
    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
            "recovery, 2019-03-01, accepted",
            "recovery, 2019-02-28, refused",
            "recovery, 2025-03-01, accepted",
            "recovery, 2025-03-02, refused",
            "decision, 2019-03-01, accepted",
            "decision, 2019-02-28, refused",
            "decision, 2025-03-01, accepted",
            "decision, 2025-03-02, refused",
            "decision, 0001-01-01, refused"})
    void recoveriesAndDecisions(String command, LocalDate date, String outcome) {
        Object cmd = command.equals("recovery")
                ? new RecordRecoveryCommand(PLATFORM, EntryId.of("R9"), PROVINCIAL_FINANCE, yuan("1.00"), date, "追回",
                "苏财教〔2025〕1号", Role.FINANCE_OFFICER)
                : decision(DecisionType.REWARD, "1.00", date);
        expect(LATE_TODAY, approvedWithCash(), cmd, outcome, command.equals("recovery") ? "effectiveDate" : "decidedOn");
    }

    /**
     * A platform not yet approved has no construction period: its agreements and a termination lie in the
     * programme's window, from 12 months before the first batch's start year (2018-01-01) to today.
     */
    @ParameterizedTest(name = "{0} on {1} before approval: {2}")
    @CsvSource({
            "agreement, 2018-01-01, accepted",
            "agreement, 2017-12-31, refused",
            "decision,  2018-01-01, accepted",
            "decision,  2017-12-31, refused",
            "decision,  -999999999-01-01, refused"})
    void beforeApprovalTheProgrammesWindow(String command, LocalDate date, String outcome) {
        Object cmd = command.equals("agreement")
                ? new SignAgreementCommand(PLATFORM, AgreementId.of("A-9"), date, agreementWithE1AndE2().parties(),
                agreementWithE1AndE2().pledges(), "共建协议-9")
                : decision(DecisionType.TERMINATE, null, date);
        expect(LATE_TODAY, List.of(declared()), cmd, outcome, command.equals("agreement") ? "signedOn" : "decidedOn");
    }

    /**
     * Acceptance requests and reviews: from the readiness window before the end (2022-12-01; earlier requests are
     * ACCEPTANCE_TOO_EARLY, as before) to 24 months after it (2025-03-01).
     */
    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
            "request, 2022-12-01, accepted",
            "request, 2025-03-01, accepted",
            "request, 2025-03-02, refused",
            "review,  2022-12-01, accepted",
            "review,  2022-11-30, refused",
            "review,  2025-03-01, accepted",
            "review,  2025-03-02, refused",
            "review,  -999999999-01-01, refused"})
    void acceptance(String command, LocalDate date, String outcome) {
        List<PlatformEvent> given = new ArrayList<>(List.of(declared(), approved()));
        Object cmd;
        if (command.equals("request")) {
            given = ReadyPlatform.history();
            cmd = new RequestAcceptanceCommand(PLATFORM, date);
        } else {
            given.add(new AcceptanceRequestedEvent(ID, LocalDate.of(2022, 12, 1)));
            cmd = new ReviewAcceptanceCommand(PLATFORM, AcceptanceResult.PASSED, date, "专家组", null);
        }
        expect(LATE_TODAY, given, cmd, outcome, command.equals("request") ? "requestedOn" : "reviewedOn");
    }

    /** Today (here in the middle of construction) still caps every window: a later date is DATE_IN_FUTURE, as before. */
    @ParameterizedTest(name = "{0} the day after today")
    @CsvSource({"installment", "recovery", "decision"})
    void nothingAfterToday(String command) {
        LocalDate today = LocalDate.of(2022, 6, 30);
        LocalDate tomorrow = today.plusDays(1);
        Function<LocalDate, Object> commands = date -> switch (command) {
            case "installment" -> recordInstallment("I9", COLLEGE, "1.00", date);
            case "recovery" -> new RecordRecoveryCommand(PLATFORM, EntryId.of("R9"), PROVINCIAL_FINANCE, yuan("1.00"),
                    date, "追回", "苏财教〔2023〕1号", Role.FINANCE_OFFICER);
            default -> decision(DecisionType.REWARD, "1.00", date);
        };
        AggregateTestFixture<Platform> fixture = PlatformFixture.create(today);
        fixture.given(approvedWithCash()).when(commands.apply(tomorrow)).expectException(refusedWith(ErrorCode.DATE_IN_FUTURE));
        fixture.given(approvedWithCash()).when(commands.apply(today)).expectSuccessfulHandlerExecution();
    }

    private static RecordPerformanceDecisionCommand decision(DecisionType type, String amount, LocalDate decidedOn) {
        return new RecordPerformanceDecisionCommand(PLATFORM, "PR-9", "admin1", DecisionId.of("D9"), type,
                amount == null ? null : yuan(amount), "绩效", "苏教职〔2025〕9号", decidedOn);
    }

    /** Approved, with an agreement and 1000.00 of cash of every source used here from the window's first day. */
    private static List<PlatformEvent> approvedWithCash() {
        LocalDate first = LocalDate.of(2019, 3, 1);
        return List.of(declared(), approved(), agreementWithE1AndE2(),
                installment("I0", COLLEGE, "1000.00", first), installment("I1", PROVINCIAL_FINANCE, "1000.00", first));
    }

    private static void expect(LocalDate today, List<PlatformEvent> given, Object command, String outcome, String field) {
        ResultValidator<Platform> result = PlatformFixture.create(today).given(given).when(command);
        if (outcome.equals("accepted")) {
            result.expectSuccessfulHandlerExecution();
        } else {
            result.expectException(refusedWith(ErrorCode.DATE_OUTSIDE_WINDOW, field)).expectNoEvents();
        }
    }
}
