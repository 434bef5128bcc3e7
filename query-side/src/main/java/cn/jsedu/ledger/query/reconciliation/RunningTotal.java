package cn.jsedu.ledger.query.reconciliation;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.query.ledger.Balances;
import cn.jsedu.ledger.query.platform.PlatformRow;

import java.util.function.Function;

/**
 * The platform row's running totals, which the projections keep by adding each ledger line's effect (and the plan
 * writer and decisions by setting the planned ones), and what each must equal in the platform's balances folded
 * from its events: the same {@link Balances} the balances API and the audit replay use.
 */
enum RunningTotal {
    PLANNED_TOTAL("plannedTotal", PlatformRow::plannedTotal, b -> b.total().planned()),
    PLANNED_ENTERPRISE("plannedEnterprise", PlatformRow::plannedEnterprise,
            b -> b.of(FundingSource.ENTERPRISE).planned()),
    PLANNED_PROVINCIAL("plannedProvincial", PlatformRow::plannedProvincial,
            b -> b.of(FundingSource.PROVINCIAL_FINANCE).planned()),
    RECEIVED_CASH("receivedCash", PlatformRow::receivedCash, b -> b.total().receivedCash()),
    RECEIVED_NON_CASH("receivedNonCash", PlatformRow::receivedNonCash, b -> b.total().receivedNonCash()),
    SPENT("spent", PlatformRow::spent, b -> b.total().spent()),
    RECOVERED("recovered", PlatformRow::recovered, b -> b.total().recovered()),
    ENTERPRISE_RECEIVED("enterpriseReceived", PlatformRow::enterpriseReceived,
            b -> b.of(FundingSource.ENTERPRISE).received()),
    ENTERPRISE_RECOVERED("enterpriseRecovered", PlatformRow::enterpriseRecovered,
            b -> b.of(FundingSource.ENTERPRISE).recovered()),
    PROVINCIAL_RECEIVED_CASH("provincialReceivedCash", PlatformRow::provincialReceivedCash,
            b -> b.of(FundingSource.PROVINCIAL_FINANCE).receivedCash()),
    PROVINCIAL_RECEIVED_NON_CASH("provincialReceivedNonCash", PlatformRow::provincialReceivedNonCash,
            b -> b.of(FundingSource.PROVINCIAL_FINANCE).receivedNonCash()),
    PROVINCIAL_SPENT("provincialSpent", PlatformRow::provincialSpent,
            b -> b.of(FundingSource.PROVINCIAL_FINANCE).spent()),
    PROVINCIAL_RECOVERED("provincialRecovered", PlatformRow::provincialRecovered,
            b -> b.of(FundingSource.PROVINCIAL_FINANCE).recovered());

    private final String figure;
    private final Function<PlatformRow, Money> stored;
    private final Function<Balances, Money> folded;

    RunningTotal(String figure, Function<PlatformRow, Money> stored, Function<Balances, Money> folded) {
        this.figure = figure;
        this.stored = stored;
        this.folded = folded;
    }

    String figure() {
        return "totals." + figure;
    }

    Money of(PlatformRow row) {
        return stored.apply(row);
    }

    Money fromEvents(Balances balances) {
        return folded.apply(balances);
    }
}
