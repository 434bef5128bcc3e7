package cn.jsedu.ledger.kernel.platform;

import cn.jsedu.ledger.kernel.money.Money;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.jsedu.ledger.kernel.fund.FundingSource.COLLEGE;
import static cn.jsedu.ledger.kernel.fund.FundingSource.ENTERPRISE;
import static cn.jsedu.ledger.kernel.fund.FundingSource.LOCAL_GOVERNMENT;
import static cn.jsedu.ledger.kernel.fund.FundingSource.PROVINCIAL_FINANCE;
import static org.assertj.core.api.Assertions.assertThat;

class PlanLineTest {

    private final List<PlanLine> plan = List.of(new PlanLine(PROVINCIAL_FINANCE, null, 2020, Money.parse("10000000.00")),
            new PlanLine(ENTERPRISE, "E1", 2020, Money.parse("6000000.00")),
            new PlanLine(ENTERPRISE, "E2", 2021, Money.parse("4000000.01")),
            new PlanLine(COLLEGE, null, 2021, Money.parse("9999999.99")));

    @Test
    void totalsThePlanAndEachSourceOverPartiesAndYears() {
        assertThat(PlanLine.total(plan)).isEqualTo(Money.parse("30000000.00"));
        assertThat(PlanLine.total(plan, ENTERPRISE)).isEqualTo(Money.parse("10000000.01"));
        assertThat(PlanLine.total(plan, LOCAL_GOVERNMENT)).isEqualTo(Money.ZERO);
        assertThat(PlanLine.total(List.of())).isEqualTo(Money.ZERO);
    }
}
