package cn.jsedu.ledger.query.programme;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.money.Share;
import cn.jsedu.ledger.kernel.programme.ParameterChanges;
import cn.jsedu.ledger.kernel.programme.ParameterTimeline;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.programme.ProgrammeStatus;
import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.enterprise.ContributionRepository;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.proposal.ProposalStatus;
import cn.jsedu.ledger.query.support.PlatformStory;
import cn.jsedu.ledger.query.support.ProgrammeStory;
import cn.jsedu.ledger.query.support.ReadModelHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme projection and the rules the query side judges by (ADR 0019), on a real database: the default
 * programme is established with the plan, two platforms are funded with an enterprise share of 2.5 in 8.5, and the
 * minimum share is lowered to 1/4 from 2021-01-01 by a change recorded on 2021-01-05.
 */
class ProgrammeRulesIT {

    @RegisterExtension
    static final ReadModelHarness readModels = new ReadModelHarness();

    private static final String PROGRAMME = ProgrammeId.DEFAULT.value();
    private static final LocalDate EFFECTIVE = LocalDate.of(2021, 1, 1);
    private static final Instant RECORDED = Instant.parse("2021-01-05T02:00:00Z");
    private static final Instant BEFORE_RECORDED = Instant.parse("2021-01-04T00:00:00Z");

    @BeforeEach
    void aProgrammeWhoseShareIsLowered() {
        ProgrammeStory programme = ProgrammeStory.established(PROGRAMME, ProgrammeId.DEFAULT_NAME,
                ProgrammeParameters.defaults(), Instant.parse("2019-12-01T00:00:00Z"));
        readModels.project(programme.events());
        for (String id : List.of("JS-101", "JS-102")) {
            PlatformStory story = PlatformStory.of(id);
            story.declared();
            story.approved("2020-03-01");
            story.installment("I-1", FundingSource.PROVINCIAL_FINANCE, "6000000.00", "2020-04-01");
            story.contribution("C-1", PlatformStory.E1, ContributionForm.CASH, "2500000.00", "2020-05-01");
            readModels.project(story.events());
        }
        readModels.project(programme.ruleChange("PR-1", EFFECTIVE, quarter(), RECORDED));
    }

    private static ParameterChanges quarter() {
        return new ParameterChanges(null, Share.parse("1/4"), null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    private ProgrammeQueries programmes() {
        return readModels.bean(ProgrammeQueries.class);
    }

    private ProgrammeReports reports() {
        return new ProgrammeReports(new ProgrammeJudgments(readModels.bean(PlatformQueries.class),
                readModels.bean(BalanceQueries.class), programmes(), readModels.bean(ContributionRepository.class)));
    }

    @Test
    void theProgrammeRowAndItsChangeAreProjectedWithWhoDecided() {
        ProgrammeQueries.ProgrammeRow row = programmes().find(PROGRAMME).orElseThrow();
        assertThat(row.status()).isEqualTo(ProgrammeStatus.ESTABLISHED);
        assertThat(row.version()).isEqualTo(3);
        assertThat(programmes().changes(PROGRAMME)).singleElement().satisfies(c -> {
            assertThat(c.effectiveFrom()).isEqualTo(EFFECTIVE);
            assertThat(c.recordedAt()).isEqualTo(RECORDED);
            assertThat(c.changes().minimumEnterpriseShare()).isEqualTo(Share.parse("1/4"));
            assertThat(c.proposedBy()).isEqualTo("admin1");
            assertThat(c.approvedBy()).isEqualTo("admin2");
        });
        assertThat(programmes().proposals(PROGRAMME)).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(ProposalStatus.APPROVED);
            assertThat(p.decidedBy()).isEqualTo("admin2");
            assertThat(p.effectiveFrom()).isEqualTo(EFFECTIVE);
            // structured, for the approver's form (issue 15 part 4): what it sets, why, on which decision
            assertThat(p.changes()).isEqualTo(quarter());
            assertThat(p.reason()).isEqualTo("规则调整");
            assertThat(p.decisionRef()).isEqualTo("苏教职〔2021〕1号");
        });
    }

    @Test
    void theTimelineGivesTheShareInForceOnADayAsKnownAtATime() {
        ParameterTimeline timeline = programmes().timeline(PROGRAMME).orElseThrow();
        assertThat(timeline.inForce(EFFECTIVE.minusDays(1)).minimumEnterpriseShare()).isEqualTo(Share.parse("1/3"));
        assertThat(timeline.inForce(EFFECTIVE).minimumEnterpriseShare()).isEqualTo(Share.parse("1/4"));
        assertThat(timeline.inForce(EFFECTIVE, BEFORE_RECORDED).minimumEnterpriseShare()).isEqualTo(Share.parse("1/3"));
        assertThat(programmes().timeline("NO-SUCH")).isEmpty();
    }

    @Test
    void platformsJudgedBeforeTheEffectiveDateKeepTheirVerdictAndLaterOnesUseTheNewShare() {
        ProgrammeComplianceReport before = compliance(EFFECTIVE.minusDays(1), null, null);
        assertThat(before.minimumEnterpriseShare()).isEqualTo("1/3");
        assertThat(before.totals().meetingActualShare()).isZero();
        assertThat(before.findings()).containsEntry("ACTUAL_ENTERPRISE_SHARE_NOT_MET", 2L);

        ProgrammeComplianceReport after = compliance(EFFECTIVE.plusMonths(1), null, null);
        assertThat(after.minimumEnterpriseShare()).isEqualTo("1/4");
        assertThat(after.totals().meetingActualShare()).isEqualTo(2);
        assertThat(after.findings()).doesNotContainKey("ACTUAL_ENTERPRISE_SHARE_NOT_MET");
        assertThat(after.rows()).allSatisfy(r -> assertThat(r.actualEnterpriseShareMet()).isTrue());
    }

    @Test
    void asKnownBeforeTheChangeWasRecordedTheOldShareJudges() {
        ProgrammeComplianceReport then = compliance(EFFECTIVE.plusMonths(1), BEFORE_RECORDED, null);
        assertThat(then.minimumEnterpriseShare()).isEqualTo("1/3");
        assertThat(then.totals().meetingActualShare()).isZero();
    }

    @Test
    void theFindingFilterSelectsByTheVerdictOfTheDay() {
        assertThat(compliance(EFFECTIVE.minusDays(1), null, "ACTUAL_ENTERPRISE_SHARE_NOT_MET").totalRows()).isEqualTo(2);
        assertThat(compliance(EFFECTIVE.plusMonths(1), null, "ACTUAL_ENTERPRISE_SHARE_NOT_MET").totalRows()).isZero();
    }

    @Test
    void programmeBalancesAddUpThePlatformsBySource() {
        ProgrammeBalancesReport balances = reports().balances(new ProgrammeSelection(PROGRAMME,
                LocalDate.of(2020, 4, 15), null, null, null, null, null), 0, 1).orElseThrow();
        assertThat(balances.platforms()).isEqualTo(2);
        assertThat(balances.total().received()).isEqualTo("12000000.00");
        assertThat(balances.totalRows()).isEqualTo(2);
        assertThat(balances.rows()).singleElement().satisfies(r -> assertThat(r.platformId()).isEqualTo("JS-101"));
    }

    private ProgrammeComplianceReport compliance(LocalDate asOf, Instant knownAt, String finding) {
        return reports().compliance(new ProgrammeSelection(PROGRAMME, asOf, knownAt, null, null, null, finding), 0, 10)
                .orElseThrow();
    }
}
