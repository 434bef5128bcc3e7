package cn.jsedu.ledger.command.observability;

import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.EnterpriseContributionRecordedEvent;
import cn.jsedu.ledger.kernel.event.ExpenditureRecordedEvent;
import cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.ProvincialArrivalConfirmedEvent;
import cn.jsedu.ledger.kernel.event.RecoveryRecordedEvent;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Money recorded, by funding source and entry kind, in yuan: {@code ledger_money_recorded_yuan_total} and, for
 * corrections, {@code ledger_money_corrected_yuan_total} with a {@code direction} (a counter cannot go down).
 *
 * <p>Counted from the events as they are published on the event bus, after their unit of work commits: a command
 * refused, rolled back or retried after a lost race counts nothing, and an idempotent repeat (which appends no
 * event) is not counted twice. A dashboard figure, not an account: counters restart with the process, and the
 * programme totals of the query side's read model are the authority. Each counter is looked up in the registry once
 * and kept (by source, entry kind and direction: a few dozen at most).
 */
@Component
public class MoneyMetrics {

    static final String RECORDED = "ledger.money.recorded";
    static final String CORRECTED = "ledger.money.corrected";

    private final MeterRegistry registry;
    private final Map<Counted, Counter> counters = new ConcurrentHashMap<>();

    public MoneyMetrics(MeterRegistry registry, EventBus eventBus) {
        this.registry = registry;
        eventBus.registerDispatchInterceptor(messages -> {
            afterCommit(List.copyOf(messages));
            return (index, message) -> message;
        });
    }

    private void afterCommit(List<? extends EventMessage<?>> events) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> events.forEach(this::count));
        } else {
            events.forEach(this::count);
        }
    }

    void count(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof InstallmentRecordedEvent e) {
            recorded(e.source(), EntryKind.INSTALLMENT, e.amount());
        } else if (payload instanceof ProvincialArrivalConfirmedEvent e) {
            // an arrival is the payment's provincial installment
            recorded(e.source(), EntryKind.INSTALLMENT, e.amount());
        } else if (payload instanceof EnterpriseContributionRecordedEvent e) {
            recorded(FundingSource.ENTERPRISE, EntryKind.ENTERPRISE_CONTRIBUTION, e.amount());
        } else if (payload instanceof ExpenditureRecordedEvent e) {
            recorded(e.chargedSource(), EntryKind.EXPENDITURE, e.amount());
        } else if (payload instanceof RecoveryRecordedEvent e) {
            recorded(e.source(), EntryKind.RECOVERY, e.amount());
        } else if (payload instanceof AdjustmentRecordedEvent e && !e.delta().isZero()) {
            String direction = e.delta().isPositive() ? "increase" : "decrease";
            counters.computeIfAbsent(new Counted(e.source(), e.originalKind(), direction), c ->
                    Counter.builder(CORRECTED).baseUnit("yuan")
                            .description("Corrections of recorded money: the change to the original entry, by direction")
                            .tag("source", c.source().name()).tag("entry", c.entry().name())
                            .tag("direction", c.direction())
                            .register(registry))
                    .increment(yuan(e.delta().isPositive() ? e.delta() : e.delta().negate()));
        }
    }

    private void recorded(FundingSource source, EntryKind entry, Money amount) {
        counters.computeIfAbsent(new Counted(source, entry, null), c -> Counter.builder(RECORDED).baseUnit("yuan")
                        .description("Money recorded in the ledger, by funding source and entry kind")
                        .tag("source", source.name()).tag("entry", entry.name())
                        .register(registry))
                .increment(yuan(amount));
    }

    /** Which counter: money recorded (no direction) or corrected (a direction). */
    private record Counted(FundingSource source, EntryKind entry, String direction) {
    }

    /** A double, as Prometheus stores every sample: good to the fen for any programme total, but never for accounts. */
    private static double yuan(Money amount) {
        return amount.fen() / 100.0;
    }
}
