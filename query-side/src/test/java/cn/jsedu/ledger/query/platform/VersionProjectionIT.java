package cn.jsedu.ledger.query.platform;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.report.EquipmentChange;
import cn.jsedu.ledger.kernel.report.EquipmentEntry;
import cn.jsedu.ledger.kernel.report.PlatformUsage;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.query.support.PlatformStory;
import cn.jsedu.ledger.query.support.RoundStory;
import cn.jsedu.ledger.query.support.ProgrammeStory;
import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.programme.ParameterChanges;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.query.support.ReadModelHarness;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.jsedu.ledger.query.support.PlatformStory.E1;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link VersionProjection} on a real read model: each platform's version is the last event applied, in one batch or
 * many; and its reset handler empties every table of the processing group before a replay.
 */
class VersionProjectionIT {

    @RegisterExtension
    static final ReadModelHarness readModels = new ReadModelHarness();

    private PlatformRow platform(String id) {
        return readModels.bean(PlatformQueries.class).find(id).orElseThrow();
    }

    /**
     * Every table of the read_model schema the projections write (all but Axon's tokens, the checkpoints and the
     * notification outbox, which its own processing group writes and no rebuild resets: ADR 0025).
     */
    private List<String> readModelTables() {
        return readModels.jdbc().queryForList("""
                SELECT 'read_model.' || table_name FROM information_schema.tables
                WHERE table_schema = 'read_model' AND table_type = 'BASE TABLE'
                  AND table_name NOT IN ('token_entry', 'ledger_checkpoint', 'flyway_schema_history',
                                         'notification_outbox', 'notification_start')
                  -- the national view's tables: another processor's, on other stores' events (ADR 0009)
                  AND left(table_name, 9) <> 'national_'
                ORDER BY table_name""", String.class);
    }

    /** Every row of every read-model table, as text, sorted: a picture of the whole read model. */
    private Map<String, List<String>> everyRow() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : readModelTables()) {
            rows.put(table, readModels.jdbc().queryForList("SELECT CAST(row_to_json(t) AS text) FROM " + table
                    + " t ORDER BY 1", String.class));
        }
        return rows;
    }

    /** The programme tables' events: an establishment and an approved rule change. */
    private static List<DomainEventMessage<?>> programmeWithARuleChange() {
        ProgrammeStory programme = ProgrammeStory.established(ProgrammeId.DEFAULT.value(), ProgrammeId.DEFAULT_NAME,
                ProgrammeParameters.defaults(), Instant.parse("2019-12-01T00:00:00Z"));
        programme.ruleChange("PR-1", LocalDate.of(2021, 1, 1), new ParameterChanges(null, null, null, null, null, null,
                null, null, null, null, 15, null, null, null), Instant.parse("2021-01-05T02:00:00Z"));
        return programme.events();
    }

    /** A platform that touches every read-model table. */
    private static PlatformStory everything(String id) {
        PlatformStory js = PlatformStory.of(id);
        js.declared();
        js.approved("2020-03-01");
        js.agreementSigned("A-1", "2020-03-15");
        js.installment("I-1", FundingSource.PROVINCIAL_FINANCE, "5000000.00", "2020-04-01");
        js.contribution("C-1", E1, ContributionForm.EQUIPMENT, "2000000.00", "2020-05-01");
        js.expenditure("X-1", ExpenditureCategory.EQUIPMENT_PURCHASE, FundingSource.PROVINCIAL_FINANCE, "1200000.00", "2020-06-01");
        js.correction("ADJ-1", "I-1", "4800000.00", "凭证金额录入错误");
        js.taskBook(1, "T1-CORE-MODULES", "10");
        js.report("2020H1", 1, "2020-07-20", new PlatformUsage(300, 100, 1200, 5000), List.of(new EquipmentEntry(
                "五轴加工中心", 1, Money.parse("1200000.00"), FundingSource.PROVINCIAL_FINANCE, EquipmentChange.ACQUIRED,
                LocalDate.of(2020, 6, 1))), "T1-CORE-MODULES", "4");
        DomainEventMessage<?> proposed = js.decisionProposed("PR-1", "D-1", DecisionType.REWARD, "500000.00");
        js.proposalApproved(proposed);
        js.decision("D-1", DecisionType.REWARD, "500000.00", "2022-06-01");
        // budgets and the provincial money chain (ADR 0020)
        js.record(new cn.jsedu.ledger.kernel.event.ProvincialAllocationRecordedEvent(js.platformId(), "D-1",
                cn.jsedu.ledger.kernel.money.Money.parse("500000.00"), java.time.LocalDate.of(2022, 6, 1), "苏教职〔2022〕D-1",
                "D-1"));
        js.record(new cn.jsedu.ledger.kernel.event.BudgetSetEvent(js.platformId(), 1, List.of(
                new cn.jsedu.ledger.kernel.budget.BudgetLine(cn.jsedu.ledger.kernel.fund.ExpenditureCategory.OTHER, 2020,
                        cn.jsedu.ledger.kernel.money.Money.parse("1.00"))), null, "任务书"));
        js.suspended();
        js.resumed();
        // an audit finding citing a document (the finding and document_citation tables)
        js.record(new cn.jsedu.ledger.kernel.event.FindingRecordedEvent(id, "F-1",
                cn.jsedu.ledger.kernel.finding.FindingCategory.FUND_USE, "超范围列支", List.of(), List.of("c".repeat(64)),
                LocalDate.of(2022, 9, 30)));
        js.acceptanceRequested("2023-03-01");
        return js;
    }

    @Test
    void theVersionIsTheLastEventAppliedAndTheUpdateTimeItsRecordingTime() {
        PlatformStory js = PlatformStory.of("JS-001");
        js.declared();
        js.approved("2020-03-01");
        js.agreementSigned("A-1", "2020-03-15");
        DomainEventMessage<?> last = js.at("2020-04-02T08:00:00Z")
                .installment("I-1", FundingSource.PROVINCIAL_FINANCE, "5000000.00", "2020-04-01");
        readModels.project(js.events());

        assertThat(platform("JS-001").version()).isEqualTo(3);
        assertThat(platform("JS-001").updatedAt()).isEqualTo(last.getTimestamp());
        readModels.project(js.suspensionProposed("PR-1"));
        assertThat(platform("JS-001").version()).as("a proposal moves the version too").isEqualTo(4);
    }

    @Test
    void inABatchOfTwoPlatformsEachMovesToItsOwnLastEvent() {
        PlatformStory a = everything("JS-001");
        PlatformStory b = PlatformStory.of("JS-002");
        b.declared();
        b.approved("2020-03-01");
        List<EventMessage<?>> interleaved = new ArrayList<>(a.events());
        interleaved.addAll(3, b.events());
        readModels.project(interleaved);

        assertThat(platform("JS-001").version()).isEqualTo(a.events().size() - 1);
        assertThat(platform("JS-002").version()).isEqualTo(1);
        assertThat(platform("JS-002").updatedAt()).isEqualTo(b.events().get(1).getTimestamp());
    }

    @Test
    void everyRowIsTheSameWhetherTheEventsComeInOneBatchOrOneByOne() {
        List<DomainEventMessage<?>> events = new ArrayList<>(everything("JS-001").events());
        events.addAll(everything("JS-002").events());
        events.addAll(programmeWithARuleChange());
        readModels.project(events);
        Map<String, List<String>> inOneBatch = everyRow();
        readModels.reset();
        readModels.projectOneByOne(events);

        assertThat(everyRow()).isEqualTo(inOneBatch);
    }

    @Test
    void aResetEmptiesEveryTableTheProjectionsWrite() {
        PlatformStory js = everything("JS-001");
        readModels.project(js.events());
        readModels.project(programmeWithARuleChange());
        // an evaluation round's stream and the platform's published result (ADR 0026)
        RoundStory round = RoundStory.of("EVAL-JS-PLATFORMS-2019-2021-ANNUAL-ALL");
        round.opened(java.time.LocalDate.of(2021, 9, 1));
        round.panelScore("JS-001", cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes.PANEL_CONSTRUCTION_QUALITY, 2_000);
        java.time.Instant knownAt = java.time.Instant.parse("2021-10-02T00:00:00Z");
        cn.jsedu.ledger.kernel.evaluation.EvaluationResult result = new cn.jsedu.ledger.kernel.evaluation.EvaluationResult(
                "JS-001", java.util.List.of(), java.util.List.of(), 0, 0, 0,
                cn.jsedu.ledger.kernel.evaluation.Grade.FAILED, 1);
        round.proposed("P-1", "admin1", knownAt, java.util.List.of(result));
        round.published("P-1", "admin1", "admin2", knownAt);
        readModels.project(round.events());
        readModels.project(js.record(new cn.jsedu.ledger.kernel.event.EvaluationPublishedEvent("JS-001", round.roundId(),
                cn.jsedu.ledger.kernel.evaluation.RoundKind.ANNUAL, 2021, java.time.LocalDate.of(2021, 9, 1),
                cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes.DEFAULT_SCHEME_ID, 1, knownAt, result, 1)));
        assertThat(everyRow()).as("the story writes every table").allSatisfy((table, rows) -> assertThat(rows).as(table).isNotEmpty());

        readModels.reset();

        assertThat(everyRow()).allSatisfy((table, rows) -> assertThat(rows).as(table).isEmpty());
    }
}
