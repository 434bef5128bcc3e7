package cn.jsedu.ledger.support.upcasting;

import cn.jsedu.ledger.kernel.event.ProgrammeEstablishedEvent;
import cn.jsedu.ledger.kernel.event.ProgrammeProposedEvent;
import cn.jsedu.ledger.kernel.programme.BudgetTolerance;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.support.json.LedgerJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A programme's parameter set as stored before budgets (no {@code budgetTolerance}), read through the upcaster with the
 * services' own event mapper (fields only; a missing tolerance would fail the parameters' own check): it judges
 * budgets by the plan's default tolerance.
 */
class ProgrammeBudgetToleranceUpcasterTest {

    private final ObjectMapper mapper = LedgerJson.eventMapper();
    private final Serializer serializer = JacksonSerializer.builder().objectMapper(mapper).build();

    /** The event as the code before budgets wrote it: today's payload without the tolerance. */
    private String storedBeforeBudgets(Object event) throws Exception {
        ObjectNode payload = mapper.valueToTree(event);
        ((ObjectNode) payload.get("parameters")).remove("budgetTolerance");
        return mapper.writeValueAsString(payload);
    }

    @Test
    void aStoredProgrammeJudgesBudgetsByTheDefaultTolerance() throws Exception {
        ProgrammeParameters flagging = new ProgrammeParameters(ProgrammeParameters.defaults().minimumTotalInvestment(),
                ProgrammeParameters.defaults().minimumEnterpriseShare(), ProgrammeParameters.defaults().constructionYears(),
                ProgrammeParameters.defaults().batchStartYears(), ProgrammeParameters.defaults().acceptanceFrom(),
                ProgrammeParameters.defaults().platformsPerCollege(), ProgrammeParameters.defaults().targetPlatformCount(),
                ProgrammeParameters.defaults().workstationShare(), ProgrammeParameters.defaults().mandatoryTasks(),
                ProgrammeParameters.defaults().optionalTasks(), ProgrammeParameters.defaults().reportPeriodEnds(),
                ProgrammeParameters.defaults().reportDueDays(), ProgrammeParameters.defaults().arrivalTolerancePercent(),
                ProgrammeParameters.defaults().readinessWindowDays(),
                ProgrammeParameters.defaults().datesMonthsBeforeStart(),
                ProgrammeParameters.defaults().settlementMonthsAfterEnd(), new BudgetTolerance(3, BudgetTolerance.Overrun.FLAG));
        ProgrammeEstablishedEvent established = new ProgrammeEstablishedEvent("JS-2025", "二期", flagging);

        Object read = read(ProgrammeEstablishedEvent.class, "1", storedBeforeBudgets(established));

        assertThat(((ProgrammeEstablishedEvent) read).parameters().budgetTolerance())
                .isEqualTo(ProgrammeParameters.defaults().budgetTolerance())
                .isNotEqualTo(flagging.budgetTolerance());
        assertThat(((ProgrammeEstablishedEvent) read).parameters().minimumTotalInvestment())
                .isEqualTo(flagging.minimumTotalInvestment());
    }

    @Test
    void aProposedProgrammeIsReadTooAndTheCurrentRevisionKeepsItsTolerance() throws Exception {
        ProgrammeProposedEvent proposed = new ProgrammeProposedEvent("JS-2025", "P-1", "admin1", "二期",
                ProgrammeParameters.defaults());
        assertThat(read(ProgrammeProposedEvent.class, "1", storedBeforeBudgets(proposed))).isEqualTo(proposed);
        assertThat(read(ProgrammeProposedEvent.class, "2", mapper.writeValueAsString(proposed))).isEqualTo(proposed);
    }

    @Test
    void aRevisionOneRowWithAToleranceFailsInsteadOfBeingGuessed() throws Exception {
        ProgrammeEstablishedEvent established = new ProgrammeEstablishedEvent("JS-2025", "二期",
                ProgrammeParameters.defaults());
        assertThatThrownBy(() -> read(ProgrammeEstablishedEvent.class, "1", mapper.writeValueAsString(established)))
                .hasStackTraceContaining("already a budget tolerance");
    }

    private Object read(Class<?> type, String revision, String payload) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        GenericDomainEventEntry<byte[]> row = new GenericDomainEventEntry<>("Programme", "JS-2025", 0, "event-0",
                "2026-01-01T00:00:00Z", type.getName(), revision, payload.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(row), serializer,
                new EventUpcasterChain(new ProgrammeBudgetToleranceUpcaster())).forEachRemaining(events::add);
        assertThat(events).hasSize(1);
        return events.get(0).getPayload();
    }
}
