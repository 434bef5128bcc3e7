package cn.jsedu.ledger.query.inbox;

import cn.jsedu.ledger.kernel.event.ContributionConfirmedEvent;
import cn.jsedu.ledger.kernel.event.DecisionProposedEvent;
import cn.jsedu.ledger.kernel.event.FindingRecordedEvent;
import cn.jsedu.ledger.kernel.event.RectificationSubmittedEvent;
import cn.jsedu.ledger.kernel.finding.FindingCategory;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.ProposedDecision;
import cn.jsedu.ledger.kernel.role.Role;
import cn.jsedu.ledger.query.enterprise.ContributionRepository;
import cn.jsedu.ledger.query.enterprise.EnterpriseQueries;
import cn.jsedu.ledger.query.finding.FindingQueries;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.programme.ProgrammeComplianceQueries;
import cn.jsedu.ledger.query.programme.ProgrammeComplianceView;
import cn.jsedu.ledger.query.programme.ProgrammeQueries;
import cn.jsedu.ledger.query.proposal.ProposalQueries;
import cn.jsedu.ledger.query.reporting.ReportingRepository;
import cn.jsedu.ledger.query.round.MissingPanelScores;
import cn.jsedu.ledger.query.round.RoundQueries;
import cn.jsedu.ledger.query.support.PlatformStory;
import cn.jsedu.ledger.query.support.ReadModelHarness;
import cn.jsedu.ledger.support.security.LedgerUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static cn.jsedu.ledger.query.support.PlatformStory.E1;
import static cn.jsedu.ledger.query.support.PlatformStory.E2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The inbox over projected read models on 2023-01-10 (Asia/Shanghai). JS-301 started 2020-03-01 and ends 2023-03-01
 * (50 days on), has every report but 2022H1's, 800.00 of 30,000,000.00 arrived, an open and an answered finding, a
 * proposal of admin1, and E1's contribution C-1 unanswered. JS-302, of another college, started 2021-06-01 and is on
 * schedule, with a proposal of admin2 and E1's C-9 unanswered.
 */
class InboxIT {

    @RegisterExtension
    static final ReadModelHarness readModels = new ReadModelHarness();

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Clock TODAY = Clock.fixed(Instant.parse("2023-01-10T02:00:00Z"), SHANGHAI);
    private static final String E1_CODE = "91320200MA1MXXXX1H";

    private String collegeOf301;

    private Inbox inbox(Clock clock) {
        return new Inbox(readModels.bean(PlatformQueries.class), readModels.bean(ProgrammeQueries.class),
                readModels.bean(ReportingRepository.class), readModels.bean(ProposalQueries.class),
                readModels.bean(FindingQueries.class), readModels.bean(ContributionRepository.class),
                readModels.bean(EnterpriseQueries.class), readModels.bean(RoundQueries.class),
                readModels.bean(MissingPanelScores.class), clock);
    }

    @BeforeEach
    void twoPlatforms() {
        PlatformStory js = PlatformStory.of("JS-301");
        js.declared();
        js.approved("2020-03-01");
        js.agreementSigned("A-1", "2020-03-15");
        js.contribution("C-1", E1, ContributionForm.CASH, "500.00", "2020-05-01");
        js.contribution("C-2", E1, ContributionForm.CASH, "300.00", "2020-05-02");
        js.record(new ContributionConfirmedEvent("JS-301", "C-2", E1, E1_CODE, Money.parse("300.00")));
        js.report("2020H1", "2020-07-20");
        js.report("2020H2", "2021-01-20");
        js.report("2021H1", "2021-07-20");
        js.report("2021H2", "2022-01-05");
        js.by("auditor", "AUDITOR").at("2022-11-01T02:00:00Z").record(new FindingRecordedEvent("JS-301", "F-1",
                FindingCategory.PROCUREMENT, "设备采购未履行招标程序", List.of(), List.of(), LocalDate.of(2023, 2, 1)));
        js.record(new FindingRecordedEvent("JS-301", "F-2", FindingCategory.ACCOUNTING, "凭证不全", List.of(),
                List.of(), LocalDate.of(2022, 12, 15)));
        js.by("college-wx", "COLLEGE_OFFICER").at("2022-12-01T02:00:00Z")
                .record(new RectificationSubmittedEvent("JS-301", "F-2", "已补齐凭证", List.of()));
        js.by("admin1", "PROVINCE_ADMIN").at("2023-01-05T02:00:00Z").decisionProposed("P-1", "D-1",
                DecisionType.REWARD, "1000000.00");
        readModels.project(js.events());

        PlatformStory other = PlatformStory.of("JS-302");
        other.declared();
        other.approved("2021-06-01");
        other.installment("I-1", FundingSource.PROVINCIAL_FINANCE, "10000000.00", "2021-07-01");
        other.installment("I-2", FundingSource.COLLEGE, "10000000.00", "2021-07-01");
        other.contribution("C-9", E1, ContributionForm.CASH, "100.00", "2022-03-01");
        other.contribution("C-8", E2, ContributionForm.CASH, "100.00", "2022-03-01");
        other.at("2022-12-20T02:00:00Z").record(new DecisionProposedEvent("JS-302", "P-2", "admin2",
                new ProposedDecision("D-2", DecisionType.REWARD, Money.parse("500000.00"), "绩效突出",
                        "苏教职〔2022〕6号", LocalDate.of(2022, 12, 1))));
        readModels.project(other.events());
        collegeOf301 = readModels.bean(PlatformQueries.class).find("JS-301").orElseThrow().collegeCode();
    }

    @Test
    void aCollegeOfficerSeesItsOwnPlatformsReportsFindingsAndConstructionEndOnly() {
        InboxView view = inbox(TODAY).of(new LedgerUser("college-wx", Role.COLLEGE_OFFICER, collegeOf301));

        assertThat(view.today()).isEqualTo(LocalDate.of(2023, 1, 10));
        assertThat(view.items()).extracting(InboxItem::kind, InboxItem::platformId, InboxItem::ref, InboxItem::due,
                InboxItem::daysLeft).containsExactly(
                tuple(InboxKind.REPORT_OVERDUE, "JS-301", "2022H1", LocalDate.of(2022, 7, 31), -163L),
                tuple(InboxKind.REPORT_DUE, "JS-301", "2022H2", LocalDate.of(2023, 1, 31), 21L),
                tuple(InboxKind.FINDING_TO_ANSWER, "JS-301", "F-1", LocalDate.of(2023, 2, 1), 22L),
                tuple(InboxKind.CONSTRUCTION_ENDING, "JS-301", "construction", LocalDate.of(2023, 3, 1), 50L));
        assertThat(view.items().get(0).link()).isEqualTo("/api/v1/platforms/JS-301/reporting-status");
        assertThat(view.total()).isEqualTo(4);
        assertThat(view.counts()).containsEntry(InboxKind.REPORT_OVERDUE, 1).containsEntry(InboxKind.REPORT_DUE, 1)
                .containsEntry(InboxKind.FINDING_TO_ANSWER, 1).containsEntry(InboxKind.CONSTRUCTION_ENDING, 1)
                .containsEntry(InboxKind.PROPOSAL_TO_APPROVE, 0).hasSize(InboxKind.values().length);
    }

    @Test
    void anAdministratorSeesProposalsOfOthersOnlyAnsweredFindingsAndConstructionEnding() {
        InboxView admin1 = inbox(TODAY).of(new LedgerUser("admin1", Role.PROVINCE_ADMIN, null));

        assertThat(admin1.items()).extracting(InboxItem::kind, InboxItem::platformId, InboxItem::ref,
                InboxItem::since, InboxItem::ageDays).containsExactly(
                tuple(InboxKind.FINDING_TO_CLOSE, "JS-301", "F-2", LocalDate.of(2022, 12, 1), 40L),
                tuple(InboxKind.PROPOSAL_TO_APPROVE, "JS-302", "P-2", LocalDate.of(2022, 12, 20), 21L),
                tuple(InboxKind.CONSTRUCTION_ENDING, "JS-301", "construction", null, null));
        assertThat(admin1.items().get(1).figures()).containsEntry("proposedBy", "admin2")
                .containsEntry("proposalKind", "PERFORMANCE_DECISION");

        InboxView admin2 = inbox(TODAY).of(new LedgerUser("admin2", Role.PROVINCE_ADMIN, null));
        assertThat(admin2.items()).filteredOn(i -> i.kind() == InboxKind.PROPOSAL_TO_APPROVE)
                .extracting(InboxItem::ref).containsExactly("P-1");
    }

    @Test
    void aRepresentativeSeesItsEnterprisesUnansweredContributionsOnEveryPlatformWhereItIsAParty() {
        InboxView view = inbox(TODAY).of(new LedgerUser("rep-e1", Role.ENTERPRISE_REPRESENTATIVE, null, E1_CODE, null));

        assertThat(view.items()).extracting(InboxItem::kind, InboxItem::platformId, InboxItem::ref,
                InboxItem::since).containsExactly(
                tuple(InboxKind.CONTRIBUTION_TO_CONFIRM, "JS-301", "C-1", LocalDate.of(2020, 5, 1)),
                tuple(InboxKind.CONTRIBUTION_TO_CONFIRM, "JS-302", "C-9", LocalDate.of(2022, 3, 1)));
        assertThat(view.items().get(0).figures()).containsEntry("amount", "500.00");
        assertThat(view.counts()).containsEntry(InboxKind.CONTRIBUTION_TO_CONFIRM, 2);
    }

    @Test
    void aFinanceOfficerSeesThePlatformWhoseArrivalsLagTheElapsedConstructionPeriod() {
        InboxView view = inbox(TODAY).of(new LedgerUser("finance", Role.FINANCE_OFFICER, null));

        assertThat(view.items()).extracting(InboxItem::kind, InboxItem::platformId).containsExactly(
                tuple(InboxKind.ARRIVAL_BEHIND_PLAN, "JS-301"));
        assertThat(view.items().get(0).figures()).containsEntry("received", "800.00")
                .containsEntry("plannedTotal", "30000000.00");
    }

    /**
     * ADR 0025: the flag is the programme compliance row's, from the platform row's running totals, not a fold of the
     * platform's events. The row alone is made to say that nothing arrived on JS-302 (its events still hold
     * 20,000,200.00, on schedule): the inbox follows the row, as the programme's compliance rows do.
     */
    @Test
    void theArrivalFlagIsTheProgrammeComplianceRowsNotAFoldOfTheEvents() {
        readModels.jdbc().update("""
                UPDATE read_model.platform SET received_cash = 0, received_non_cash = 0 WHERE platform_id = 'JS-302'""");

        InboxView view = inbox(TODAY).of(new LedgerUser("finance", Role.FINANCE_OFFICER, null));

        assertThat(view.items()).extracting(InboxItem::kind, InboxItem::platformId).containsExactly(
                tuple(InboxKind.ARRIVAL_BEHIND_PLAN, "JS-301"), tuple(InboxKind.ARRIVAL_BEHIND_PLAN, "JS-302"));
        assertThat(view.items().get(1).figures()).containsEntry("received", "0.00")
                .containsEntry("plannedTotal", "30000000.00").containsEntry("arrivalPercent", "0.00");
        ProgrammeComplianceView programme = new ProgrammeComplianceQueries(readModels.jdbc(),
                readModels.bean(PlatformQueries.class), readModels.bean(ProgrammeQueries.class), TODAY)
                .compliance("JS-PLATFORMS-2019", 0, 100).orElseThrow();
        assertThat(programme.rows()).filteredOn(ProgrammeComplianceView.Row::arrivalBehindSchedule)
                .extracting(ProgrammeComplianceView.Row::platformId).containsExactly("JS-301", "JS-302");
    }

    @Test
    void todayIsTheClocksSoTheSameLedgerWaitsDifferentlyOnAnotherDay() {
        Clock yearBefore = Clock.fixed(Instant.parse("2022-01-10T02:00:00Z"), SHANGHAI);
        InboxView view = inbox(yearBefore).of(new LedgerUser("college-wx", Role.COLLEGE_OFFICER, collegeOf301));

        // every period due by then was submitted (2021H2 on 2022-01-05) and the construction end is 415 days away;
        // the open finding (the read model knows it now) is 387 days from its deadline
        assertThat(view.today()).isEqualTo(LocalDate.of(2022, 1, 10));
        assertThat(view.items()).extracting(InboxItem::kind, InboxItem::ref, InboxItem::daysLeft)
                .containsExactly(tuple(InboxKind.FINDING_TO_ANSWER, "F-1", 387L));
    }

    @Test
    void anAuditorAndAUserOfAnotherProgrammeHaveNothingWaiting() {
        assertThat(inbox(TODAY).of(new LedgerUser("auditor", Role.AUDITOR, null)).items()).isEmpty();
        InboxView elsewhere = inbox(TODAY).of(new LedgerUser("admin3", Role.PROVINCE_ADMIN, null, null, "OTHER-2099"));
        assertThat(elsewhere.items()).isEmpty();
        assertThat(elsewhere.total()).isZero();
    }
}
