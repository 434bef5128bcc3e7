package cn.jsedu.ledger.command.observability;

import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.EnterpriseContributionRecordedEvent;
import cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final EventBus bus = SimpleEventBus.builder().build();

    MoneyMetricsTest() {
        new MoneyMetrics(registry, bus);
    }

    private static InstallmentRecordedEvent installment(String amount) {
        return new InstallmentRecordedEvent("P", "I-1", FundingSource.LOCAL_GOVERNMENT, null, ContributionForm.CASH,
                Money.parse(amount), LocalDate.of(2020, 4, 1), "v", null);
    }

    private double recorded(String source, String entry) {
        var counter = registry.find(MoneyMetrics.RECORDED).tags("source", source, "entry", entry).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void moneyCountsInYuanBySourceOnceTheUnitOfWorkCommits() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        bus.publish(GenericEventMessage.asEventMessage(installment("1500000.25")));
        bus.publish(GenericEventMessage.asEventMessage(new EnterpriseContributionRecordedEvent("P", "C-1", "E1",
                ContributionForm.EQUIPMENT, Money.parse("10.00"), LocalDate.of(2020, 4, 1), "v", "a")));
        assertThat(recorded("LOCAL_GOVERNMENT", "INSTALLMENT")).as("not before the commit").isZero();

        unitOfWork.commit();

        assertThat(recorded("LOCAL_GOVERNMENT", "INSTALLMENT")).isEqualTo(1500000.25);
        assertThat(recorded("ENTERPRISE", "ENTERPRISE_CONTRIBUTION")).isEqualTo(10.00);
        assertThat(registry.get(MoneyMetrics.RECORDED).counter().getId().getBaseUnit()).isEqualTo("yuan");
    }

    @Test
    void aRolledBackCommandCountsNothing() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        bus.publish(GenericEventMessage.asEventMessage(installment("100.00")));
        unitOfWork.rollback();

        assertThat(recorded("LOCAL_GOVERNMENT", "INSTALLMENT")).isZero();
    }

    @Test
    void correctionsCountTheirChangeByDirection() {
        bus.publish(GenericEventMessage.asEventMessage(new AdjustmentRecordedEvent("P", "K-1", "I-1",
                EntryKind.INSTALLMENT, FundingSource.COLLEGE, null, ContributionForm.CASH, LocalDate.of(2020, 4, 1),
                Money.parse("100.00"), Money.parse("80.50"), "typo")));

        assertThat(registry.get(MoneyMetrics.CORRECTED).tags("source", "COLLEGE", "entry", "INSTALLMENT",
                "direction", "decrease").counter().count()).isEqualTo(19.50);
        assertThat(registry.find(MoneyMetrics.RECORDED).counters()).isEmpty();
    }
}
