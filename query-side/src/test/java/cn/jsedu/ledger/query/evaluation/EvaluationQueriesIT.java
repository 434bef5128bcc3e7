package cn.jsedu.ledger.query.evaluation;

import cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.kernel.report.PlatformUsage;
import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.eventstream.EventStoreReader;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.programme.ProgrammeQueries;
import cn.jsedu.ledger.query.reporting.ReportingRepository;
import cn.jsedu.ledger.query.support.PlatformStory;
import cn.jsedu.ledger.query.support.ReadModelHarness;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static cn.jsedu.ledger.kernel.id.ProgrammeId.DEFAULT;
import static cn.jsedu.ledger.query.support.PlatformStory.E1;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link EvaluationQueries} over projected read models. The construction period is 2020-03-01 to 2023-03-01
 * (1,095 days); the reference date 2021-09-01 is 549 days into it, when the reports of 2020H1, 2020H2 and 2021H1 have
 * fallen due. Every expected score is the integer formula of {@code ScoringRule} worked out by hand.
 */
class EvaluationQueriesIT {

    @RegisterExtension
    static final ReadModelHarness readModels = new ReadModelHarness();

    private static final LocalDate REFERENCE = LocalDate.of(2021, 9, 1);
    private static final Instant NOW = Instant.parse("2021-10-01T00:00:00Z");
    private static final PlatformUsage A_THIRD_OFFERED = new PlatformUsage(300, 100, 1200, 5000);

    private final PlatformStory js = PlatformStory.of("JS-001");

    private EvaluationQueries queriesAt(Instant now) {
        return new EvaluationQueries(readModels.bean(BalanceQueries.class), readModels.bean(PlatformQueries.class),
                readModels.bean(ReportingRepository.class), readModels.bean(ProgrammeQueries.class),
                readModels.bean(EventStoreReader.class), Clock.fixed(now, ZoneOffset.UTC));
    }

    private ObjectiveScoresView scores(Instant now, Instant knownAt) {
        PlatformRow row = readModels.bean(PlatformQueries.class).find(js.platformId()).orElseThrow();
        return queriesAt(now).platform(row, REFERENCE, knownAt, EvaluationSchemes.DEFAULT_V1).orElseThrow();
    }

    private static ItemScore item(ObjectiveScoresView view, String code) {
        return view.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    /** 13,000,000.00 in place (3,000,000.00 of it from E1), 4,000,000.00 spent, two of three reports, 2 of 7 indicators. */
    private DomainEventMessage<?> midTermStory() {
        js.declared();
        js.approved("2020-03-01");
        js.taskBook(1, "T1-CORE-MODULES", "10", "T2-PRACTICE-POSITIONS", "200", "T3-INDUSTRY-MENTORS", "30",
                "T4-MODULAR-COURSES", "12", "T5-FOUR-TECH-REVENUE", "1500000.00", "T6-CREDIT-BANK", "true",
                "T7-INDUSTRY-COLLEGES", "1");
        js.installment("I-1", FundingSource.PROVINCIAL_FINANCE, "10000000.00", "2020-04-01");
        js.contribution("C-1", E1, ContributionForm.CASH, "3000000.00", "2020-05-01");
        js.expenditure("X-1", ExpenditureCategory.EQUIPMENT_PURCHASE, FundingSource.PROVINCIAL_FINANCE, "4000000.00",
                "2020-06-01");
        js.report("2020H1", "2020-07-15");
        return js.report("2020H2", 1, "2021-01-15", A_THIRD_OFFERED, List.of(), "T1-CORE-MODULES", "10",
                "T3-INDUSTRY-MENTORS", "30");
    }

    private List<String> ids(int... sequences) {
        return java.util.Arrays.stream(sequences).mapToObj(i -> js.events().get(i).getIdentifier()).toList();
    }

    @Test
    void scoresEachObjectiveItemWithItsFiguresAndTheEventsBehindIt() {
        midTermStory();
        readModels.project(js.events());

        ObjectiveScoresView view = scores(NOW, null);

        assertThat(view.knownAt()).as("as known now, and says when that was").isEqualTo(NOW);
        assertThat(view.status()).isEqualTo(PlatformStatus.APPROVED);
        assertThat(view.schemeVersion()).isEqualTo(1);
        assertThat(view.objectiveFullCentipoints()).isEqualTo(5_000);
        // 1200 × (13,000,000.00 × 1095) ÷ (30,000,000.00 × 549) = 1037.2…
        ItemScore funds = item(view, EvaluationSchemes.FUNDS_IN_PLACE);
        assertThat(funds.centipoints()).isEqualTo(1_037);
        assertThat(funds.targetMet()).isFalse();
        assertThat(funds.numerator()).isEqualTo(1_300_000_000L * 1095);
        assertThat(funds.denominator()).isEqualTo(3_000_000_000L * 549);
        assertThat(funds.figures()).containsEntry("received", "13000000.00").containsEntry("planned", "30000000.00")
                .containsEntry("elapsedDays", "549").containsEntry("periodDays", "1095")
                .containsEntry("received.PROVINCIAL_FINANCE", "10000000.00")
                .containsEntry("planned.PROVINCIAL_FINANCE", "10000000.00")
                .containsEntry("received.ENTERPRISE", "3000000.00").containsEntry("planned.ENTERPRISE", "10000000.00");
        assertThat(funds.eventIds()).as("the approved plan and both receipts, not the expenditure")
                .containsExactly(ids(1, 3, 4).toArray(String[]::new));
        // 800 × (3,000,000.00 × 3) ÷ 13,000,000.00 = 553.8…
        ItemScore share = item(view, EvaluationSchemes.ENTERPRISE_SHARE);
        assertThat(share.centipoints()).isEqualTo(553);
        assertThat(share.eventIds()).containsExactly(ids(3, 4).toArray(String[]::new));
        // 800 × (4,000,000.00 × 5) ÷ (13,000,000.00 × 4) = 307.6…
        ItemScore execution = item(view, EvaluationSchemes.EXECUTION);
        assertThat(execution.centipoints()).isEqualTo(307);
        assertThat(execution.figures()).containsEntry("spent", "4000000.00").containsEntry("receivedCash", "13000000.00");
        assertThat(execution.eventIds()).containsExactly(ids(3, 4, 5).toArray(String[]::new));
        // 1200 × 2 ÷ 7 = 342.8…
        ItemScore indicators = item(view, EvaluationSchemes.TASK_INDICATORS);
        assertThat(indicators.centipoints()).isEqualTo(342);
        assertThat(indicators.figures()).containsEntry("indicatorsMet", "2").containsEntry("mandatoryIndicators", "7");
        assertThat(indicators.eventIds()).contains(ids(2, 7).toArray(String[]::new));
        // 500 × 2 ÷ 3 = 333.3…: 2021H1 fell due on 2021-07-31 unsubmitted
        ItemScore reports = item(view, EvaluationSchemes.REPORTS_SUBMITTED);
        assertThat(reports.centipoints()).isEqualTo(333);
        assertThat(reports.figures()).containsEntry("reportsDue", "3").containsEntry("reportsSubmitted", "2")
                .containsEntry("missingPeriods", "2021H1");
        // 2020 complete, a third offered: 1 of 1 years
        ItemScore workstations = item(view, EvaluationSchemes.WORKSTATION_SHARE);
        assertThat(workstations.centipoints()).isEqualTo(500);
        assertThat(workstations.targetMet()).isTrue();
        assertThat(view.objectiveCentipoints()).isEqualTo(1_037 + 553 + 307 + 342 + 333 + 500);
    }

    @Test
    void aRerunAsKnownAtTheFirstAnswerGivesIdenticalScoresAfterLaterCorrections() {
        DomainEventMessage<?> last = midTermStory();
        readModels.project(js.events());
        ObjectiveScoresView published = scores(NOW, null);

        // recorded after the first answer: a correction, a back-dated installment, a report re-submitted with more met
        js.at("2021-11-01T02:00:00Z").correction("A-1", "C-1", "1000000.00", "录入错误");
        js.installment("I-2", FundingSource.COLLEGE, "1000000.00", "2021-08-01");
        js.report("2020H2", 2, "2021-08-15", A_THIRD_OFFERED, List.of(), "T1-CORE-MODULES", "10",
                "T3-INDUSTRY-MENTORS", "30", "T4-MODULAR-COURSES", "12");
        readModels.project(js.after(last));

        ObjectiveScoresView rerun = scores(Instant.parse("2021-12-01T00:00:00Z"), published.knownAt());
        assertThat(rerun).isEqualTo(published);

        ObjectiveScoresView now = scores(Instant.parse("2021-12-01T00:00:00Z"), null);
        assertThat(now.knownAt()).isEqualTo(Instant.parse("2021-12-01T00:00:00Z"));
        // 800 × (1,000,000.00 × 3) ÷ 12,000,000.00
        assertThat(item(now, EvaluationSchemes.ENTERPRISE_SHARE).centipoints()).isEqualTo(200);
        assertThat(item(now, EvaluationSchemes.ENTERPRISE_SHARE).eventIds()).contains(ids(8, 9).toArray(String[]::new));
        // 1200 × 3 ÷ 7 = 514.2…
        assertThat(item(now, EvaluationSchemes.TASK_INDICATORS).centipoints()).isEqualTo(514);
        assertThat(now.objectiveCentipoints()).isNotEqualTo(published.objectiveCentipoints());
    }

    @Test
    void aTaskBookRevisedLaterLeavesTheScoresAsKnownBeforeItAsTheyWere() {
        DomainEventMessage<?> last = midTermStory();
        readModels.store(js.events());
        readModels.project(js.events());
        ObjectiveScoresView before = scores(NOW, null);

        // the core-modules target raised from 10 to 20 in a revised task book, recorded after the first answer
        js.at("2021-11-01T02:00:00Z").taskBook(2, "T1-CORE-MODULES", "20", "T2-PRACTICE-POSITIONS", "200",
                "T3-INDUSTRY-MENTORS", "30", "T4-MODULAR-COURSES", "12", "T5-FOUR-TECH-REVENUE", "1500000.00",
                "T6-CREDIT-BANK", "true", "T7-INDUSTRY-COLLEGES", "1");
        readModels.store(js.after(last));
        readModels.project(js.after(last));

        Instant later = Instant.parse("2021-12-01T00:00:00Z");
        assertThat(item(scores(later, null), EvaluationSchemes.TASK_INDICATORS).figures())
                .as("only the mentors still met").containsEntry("indicatorsMet", "1");
        ObjectiveScoresView rerun = scores(later, before.knownAt());
        assertThat(rerun).isEqualTo(before);
        assertThat(item(rerun, EvaluationSchemes.TASK_INDICATORS).eventIds()).contains(ids(2).get(0))
                .doesNotContain(js.events().get(js.events().size() - 1).getIdentifier());
    }

    @Test
    void aPlatformIsNotEvaluatedAsKnownBeforeItsApprovalNorBeforeItsDeclaration() {
        DomainEventMessage<?> declared = js.at("2020-01-10T00:00:00Z").declared();
        js.at("2020-02-20T00:00:00Z").approved("2020-03-01");
        readModels.project(js.events());
        PlatformRow row = readModels.bean(PlatformQueries.class).find(js.platformId()).orElseThrow();
        EvaluationQueries queries = queriesAt(NOW);

        assertThat(queries.platform(row, REFERENCE, Instant.parse("2020-02-01T00:00:00Z"),
                EvaluationSchemes.DEFAULT_V1)).as("declared, not approved").isEmpty();
        assertThat(queries.platform(row, REFERENCE, declared.getTimestamp().minusSeconds(1),
                EvaluationSchemes.DEFAULT_V1)).as("not yet declared").isEmpty();
        assertThat(queries.platform(row, REFERENCE, null, EvaluationSchemes.DEFAULT_V1)).isPresent();
    }

    @Test
    void theRankingOrdersThePlatformsApprovedByTheirObjectiveTotalBestFirst() {
        midTermStory();
        PlatformStory other = PlatformStory.of("JS-002");
        other.declared();
        other.approved("2020-03-01");
        other.installment("I-1", FundingSource.PROVINCIAL_FINANCE, "10000000.00", "2020-04-01");
        PlatformStory declaredOnly = PlatformStory.of("JS-003");
        declaredOnly.declared();
        readModels.project(js.events());
        readModels.project(other.events());
        readModels.project(declaredOnly.events());

        EvaluationRankingView ranking = queriesAt(NOW).ranking(DEFAULT.value(), null, REFERENCE, null,
                EvaluationSchemes.DEFAULT_V1);

        assertThat(ranking.knownAt()).isEqualTo(NOW);
        assertThat(ranking.rows()).extracting(r -> r.scores().platformId()).containsExactly("JS-001", "JS-002");
        assertThat(ranking.rows()).extracting(EvaluationRankingView.RankedPlatform::rank).containsExactly(1, 2);
        assertThat(ranking.rows().get(0).scores().objectiveCentipoints())
                .isGreaterThan(ranking.rows().get(1).scores().objectiveCentipoints());
        assertThat(queriesAt(NOW).ranking(DEFAULT.value(), 1, REFERENCE, null, EvaluationSchemes.DEFAULT_V1).rows())
                .as("both are of batch 2").isEmpty();
    }
}
