package cn.jsedu.ledger.query.platform;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.query.support.PlatformStory;
import cn.jsedu.ledger.query.support.ReadModelHarness;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;

import static cn.jsedu.ledger.query.support.PlatformStory.E1;
import static cn.jsedu.ledger.query.support.PlatformStory.E2;
import static cn.jsedu.ledger.query.support.PlatformStory.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@link DecisionProjection} on a real read model: decisions as rows, what rewards and reductions do to the planned
 * figures, key support, and plan revisions kept as versions for "as known at".
 */
class DecisionProjectionIT {

    @RegisterExtension
    static final ReadModelHarness readModels = new ReadModelHarness();

    /** The enterprises put in more, the province less: still 30,000,000.00. */
    private static final List<PlanLine> REVISED = List.of(
            line(FundingSource.PROVINCIAL_FINANCE, null, 2020, "9000000.00"),
            line(FundingSource.ENTERPRISE, E1, 2020, "7000000.00"),
            line(FundingSource.ENTERPRISE, E2, 2021, "4000000.00"),
            line(FundingSource.COLLEGE, null, 2021, "10000000.00"));

    private final PlatformStory js = PlatformStory.of("JS-001");

    @BeforeEach
    void approvedOnTheStandardPlan() {
        js.declared();
        js.approved("2020-03-01");
        readModels.project(js.events());
    }

    private PlatformRow platform() {
        return readModels.bean(PlatformQueries.class).find("JS-001").orElseThrow();
    }

    @Test
    void rewardRaisesPlannedProvincialFunds() {
        DomainEventMessage<?> reward = js.at("2022-06-02T03:00:00Z").decision("D-1", DecisionType.REWARD, "500000.00", "2022-06-01");
        readModels.project(reward);

        PlatformRow row = platform();
        assertThat(row.plannedProvincial()).isEqualTo(Money.parse("10500000.00"));
        assertThat(row.plannedTotal()).isEqualTo(Money.parse("30500000.00"));
        assertThat(row.provincialAdjustment()).isEqualTo(Money.parse("500000.00"));
        assertThat(row.plannedEnterprise()).isEqualTo(Money.parse("10000000.00"));
        assertThat(row.keySupport()).isTrue();
        assertThat(readModels.bean(PlatformQueries.class).decisions("JS-001")).containsExactly(new PlatformQueries.Decision(
                "D-1", DecisionType.REWARD, Money.parse("500000.00"), "年度绩效考核", "苏教职〔2022〕D-1",
                LocalDate.of(2022, 6, 1), reward.getTimestamp(), reward.getIdentifier()));
    }

    @Test
    void aReductionOfSupportLowersPlannedProvincialFundsByItsAmount() {
        readModels.project(js.decision("D-1", DecisionType.REDUCE_SUPPORT, "2000000.50", "2022-06-01"));

        PlatformRow row = platform();
        assertThat(row.plannedProvincial()).isEqualTo(Money.parse("7999999.50"));
        assertThat(row.plannedTotal()).isEqualTo(Money.parse("27999999.50"));
        assertThat(row.provincialAdjustment()).isEqualTo(Money.ZERO.minus(Money.parse("2000000.50")));
        assertThat(readModels.rows("SELECT type, amount FROM read_model.decision WHERE platform_id = 'JS-001'"))
                .containsExactly(tuple("REDUCE_SUPPORT", new java.math.BigDecimal("2000000.50")));
    }

    @Test
    void withdrawingKeySupportEndsItAndChangesNoFigure() {
        readModels.project(js.decision("D-1", DecisionType.WITHDRAW_KEY_SUPPORT, null, "2022-06-01"));

        PlatformRow row = platform();
        assertThat(row.keySupport()).isFalse();
        assertThat(row.plannedTotal()).isEqualTo(Money.parse("30000000.00"));
        assertThat(row.provincialAdjustment()).isEqualTo(Money.ZERO);
    }

    @Test
    void anAdjustmentAndATerminationAreRecordedWithoutChangingFiguresOrKeySupport() {
        readModels.project(js.decision("D-1", DecisionType.ADJUST, null, "2022-06-01"),
                js.decision("D-2", DecisionType.TERMINATE, null, "2022-09-01"));

        PlatformRow row = platform();
        assertThat(row.keySupport()).isTrue();
        assertThat(row.plannedTotal()).isEqualTo(Money.parse("30000000.00"));
        assertThat(row.plannedProvincial()).isEqualTo(Money.parse("10000000.00"));
        assertThat(readModels.bean(PlatformQueries.class).decisions("JS-001"))
                .extracting(PlatformQueries.Decision::decisionId, PlatformQueries.Decision::type, PlatformQueries.Decision::amount)
                .containsExactly(tuple("D-1", DecisionType.ADJUST, null), tuple("D-2", DecisionType.TERMINATE, null));
    }

    @Test
    void aPlanRevisionReplacesThePlanAndKeepsEarlierRewardsOnTop() {
        readModels.project(js.decision("D-1", DecisionType.REWARD, "500000.00", "2021-04-01"));
        DomainEventMessage<?> revised = js.at("2021-05-01T02:00:00Z").planRevised(2, REVISED);
        readModels.project(revised);

        PlatformRow row = platform();
        assertThat(row.plannedProvincial()).isEqualTo(Money.parse("9500000.00"));
        assertThat(row.plannedTotal()).isEqualTo(Money.parse("30500000.00"));
        assertThat(row.plannedEnterprise()).isEqualTo(Money.parse("11000000.00"));
        assertThat(readModels.rows("""
                SELECT plan_seq, kind, recorded_at, event_id, reason, decision_ref FROM read_model.plan_version
                WHERE platform_id = 'JS-001' AND kind = 'REVISED'"""))
                .containsExactly(tuple(revised.getSequenceNumber(), "REVISED", revised.getTimestamp(),
                        revised.getIdentifier(), "调整建设内容", "苏教职〔2021〕20号"));
    }

    @Test
    void thePlanAsKnownAtATimeIsTheLastVersionRecordedByThen() {
        DomainEventMessage<?> revised = js.at("2021-05-01T02:00:00Z").planRevised(2, REVISED);
        readModels.project(revised);

        PlatformQueries queries = readModels.bean(PlatformQueries.class);
        assertThat(queries.planKnownAt("JS-001", revised.getTimestamp().minusMillis(1))).isEqualTo(PlatformStory.PLAN);
        assertThat(queries.planKnownAt("JS-001", revised.getTimestamp())).isEqualTo(REVISED);
        assertThat(queries.planKnownAt("JS-001", null)).isEqualTo(REVISED);
        assertThat(queries.planEventKnownAt("JS-001", null)).contains(revised.getIdentifier());
    }

    @Test
    void aRewardAfterARevisionAddsToTheRevisedPlan() {
        readModels.project(js.planRevised(2, REVISED), js.decision("D-1", DecisionType.REWARD, "1000000.00", "2022-06-01"));

        PlatformRow row = platform();
        assertThat(row.plannedProvincial()).isEqualTo(Money.parse("10000000.00"));
        assertThat(row.plannedTotal()).isEqualTo(Money.parse("31000000.00"));
        assertThat(row.provincialAdjustment()).isEqualTo(Money.parse("1000000.00"));
    }
}
