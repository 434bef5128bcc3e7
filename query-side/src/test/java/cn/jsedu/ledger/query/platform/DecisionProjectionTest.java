package cn.jsedu.ledger.query.platform;

import cn.jsedu.ledger.kernel.event.PerformanceDecisionRecordedEvent;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.query.readmodel.ReadModelWriter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** A decision's effect on the planned figures and key support is the kernel's, not the projection's own. */
class DecisionProjectionTest {

    private static final LocalDate DAY = LocalDate.of(2022, 6, 1);

    private final ReadModelWriter writer = mock(ReadModelWriter.class);
    private final DecisionProjection projection = new DecisionProjection(writer, mock(PlanWriter.class));

    private List<String> statements(DecisionType type, Money amount) {
        PerformanceDecisionRecordedEvent event = new PerformanceDecisionRecordedEvent("P-1", "D", type, amount, "b", "d", DAY);
        EventMessage<?> message = GenericEventMessage.asEventMessage(event);
        projection.on(event, message);
        ArgumentCaptor<String> sql = ArgumentCaptor.forClass(String.class);
        ArgumentCaptor<Object[]> args = ArgumentCaptor.forClass(Object[].class);
        verify(writer, atLeastOnce()).update(sql.capture(), args.capture());
        return sql.getAllValues();
    }

    @Test
    void aReductionLowersThePlannedProvincialFundsByItsAmount() {
        List<String> sql = statements(DecisionType.REDUCE_SUPPORT, Money.parse("100.00"));
        assertThat(sql).hasSize(2);
        ArgumentCaptor<Object> change = ArgumentCaptor.forClass(Object.class);
        verify(writer).update(org.mockito.ArgumentMatchers.contains("provincial_adjustment"), change.capture(),
                change.capture(), change.capture(), any());
        assertThat(change.getAllValues()).containsOnly(new BigDecimal("-100.00"));
    }

    @Test
    void withdrawingKeySupportEndsItAndChangesNoFigure() {
        List<String> sql = statements(DecisionType.WITHDRAW_KEY_SUPPORT, null);
        assertThat(sql).hasSize(2).anyMatch(s -> s.contains("key_support = FALSE"))
                .noneMatch(s -> s.contains("provincial_adjustment"));
    }

    @Test
    void anAdjustmentOnlyRecordsTheDecision() {
        assertThat(statements(DecisionType.ADJUST, null)).hasSize(1).allMatch(s -> s.contains("INSERT INTO read_model.decision"));
        verify(writer).update(anyString(), any(Object[].class));
    }
}
