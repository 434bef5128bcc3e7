package cn.jsedu.ledger.query.balance;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.support.PlatformStory;
import cn.jsedu.ledger.query.support.ReadModelHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static cn.jsedu.ledger.query.support.PlatformStory.E1;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link BalanceQueries} over projected read models: balances per source and per enterprise, with only cash
 * spendable, as of an effective date and as known at a recording time.
 */
class BalanceQueriesIT {

    @RegisterExtension
    static final ReadModelHarness readModels = new ReadModelHarness();

    private static FiguresView figures(String planned, String receivedCash, String receivedNonCash, String received,
                                       String spent, String recovered, String cashBalance, String arrivalRate) {
        return new FiguresView(planned, receivedCash, receivedNonCash, received, spent, recovered, cashBalance,
                arrivalRate == null ? null : new BigDecimal(arrivalRate));
    }

    /**
     * Province 5,000,000.00 cash (later corrected to 4,800,000.00), enterprise E1 3,000,000.00 cash and 2,000,000.00
     * in equipment; 1,200,000.00 spent of provincial money and 500,000.00 of enterprise money; a reward of 500,000.00.
     */
    private void recordedAndProjected() {
        PlatformStory js = PlatformStory.of("JS-001");
        js.declared();
        js.approved("2020-03-01");
        js.agreementSigned("A-1", "2020-03-15");
        js.at("2020-04-02T08:00:00Z").installment("I-1", FundingSource.PROVINCIAL_FINANCE, "5000000.00", "2020-04-01");
        js.at("2020-05-02T08:00:00Z").contribution("C-1", E1, ContributionForm.CASH, "3000000.00", "2020-05-01");
        js.contribution("C-2", E1, ContributionForm.EQUIPMENT, "2000000.00", "2020-05-10");
        js.at("2020-06-02T08:00:00Z").expenditure("X-1", ExpenditureCategory.EQUIPMENT_PURCHASE,
                FundingSource.PROVINCIAL_FINANCE, "1200000.00", "2020-06-01");
        js.expenditure("X-2", ExpenditureCategory.OTHER, FundingSource.ENTERPRISE, "500000.00", "2020-06-15");
        js.at("2020-07-10T02:00:00Z").correction("ADJ-1", "I-1", "4800000.00", "凭证金额录入错误");
        js.at("2022-06-02T03:00:00Z").decision("D-1", DecisionType.REWARD, "500000.00", "2022-06-01");
        readModels.project(js.events());
    }

    private BalancesView balances(LocalDate asOf, Instant knownAt) {
        return readModels.bean(BalanceQueries.class).balances(
                readModels.bean(PlatformQueries.class).find("JS-001").orElseThrow(), asOf, knownAt);
    }

    private static FiguresView of(BalancesView view, FundingSource source) {
        return view.sources().stream().filter(s -> s.source() == source).findFirst().orElseThrow().figures();
    }

    @Test
    void balancesPerSourceCountOnlyCashAsSpendableAndTheRewardAsPlannedProvincialFunds() {
        recordedAndProjected();
        BalancesView view = balances(null, null);

        assertThat(view.version()).isEqualTo(9);
        assertThat(view.sources()).extracting(BalancesView.SourceBalance::source).containsExactly(FundingSource.values());
        assertThat(of(view, FundingSource.PROVINCIAL_FINANCE)).isEqualTo(figures("10500000.00", "4800000.00", "0.00",
                "4800000.00", "1200000.00", "0.00", "3600000.00", "45.71"));
        assertThat(of(view, FundingSource.ENTERPRISE)).isEqualTo(figures("10000000.00", "3000000.00", "2000000.00",
                "5000000.00", "500000.00", "0.00", "2500000.00", "50.00"));
        assertThat(of(view, FundingSource.COLLEGE)).isEqualTo(figures("10000000.00", "0.00", "0.00", "0.00", "0.00",
                "0.00", "0.00", "0.00"));
        assertThat(of(view, FundingSource.SPONSOR)).isEqualTo(figures("0.00", "0.00", "0.00", "0.00", "0.00", "0.00",
                "0.00", null));
        assertThat(view.total()).isEqualTo(figures("30500000.00", "7800000.00", "2000000.00", "9800000.00",
                "1700000.00", "0.00", "6100000.00", "32.13"));
    }

    @Test
    void enterprisePartiesShowWhatEachPutInAndWhatWasSpentInItsName() {
        recordedAndProjected();
        BalancesView view = balances(null, null);

        assertThat(view.enterpriseParties()).containsExactly(
                new BalancesView.PartyBalance(E1, "无锡机床股份有限公司", figures("6000000.00", "3000000.00",
                        "2000000.00", "5000000.00", "0.00", "0.00", "3000000.00", "83.33")),
                new BalancesView.PartyBalance("E2", "江苏数控装备有限公司", figures("4000000.00", "0.00", "0.00", "0.00",
                        "0.00", "0.00", "0.00", "0.00")));
    }

    @Test
    void asOfAnEffectiveDateOnlyWhatHadHappenedByThenCountsCorrectionsAtTheOriginalDate() {
        recordedAndProjected();
        BalancesView view = balances(LocalDate.of(2020, 5, 5), null);

        assertThat(of(view, FundingSource.PROVINCIAL_FINANCE)).isEqualTo(figures("10500000.00", "4800000.00", "0.00",
                "4800000.00", "0.00", "0.00", "4800000.00", "45.71"));
        assertThat(of(view, FundingSource.ENTERPRISE)).isEqualTo(figures("10000000.00", "3000000.00", "0.00",
                "3000000.00", "0.00", "0.00", "3000000.00", "30.00"));
    }

    @Test
    void asKnownAtATimeBeforeTheCorrectionAndTheRewardTheOriginalFiguresStand() {
        recordedAndProjected();
        BalancesView view = balances(null, Instant.parse("2020-07-01T00:00:00Z"));

        assertThat(of(view, FundingSource.PROVINCIAL_FINANCE)).isEqualTo(figures("10000000.00", "5000000.00", "0.00",
                "5000000.00", "1200000.00", "0.00", "3800000.00", "50.00"));
        assertThat(view.total().planned()).isEqualTo("30000000.00");
        assertThat(view.knownAt()).isEqualTo(Instant.parse("2020-07-01T00:00:00Z"));
    }

    @Test
    void aRecoveryReturnsCashToItsSource() {
        PlatformStory js = PlatformStory.of("JS-001");
        js.declared();
        js.approved("2020-03-01");
        js.installment("I-1", FundingSource.PROVINCIAL_FINANCE, "5000000.00", "2020-04-01");
        js.expenditure("X-1", ExpenditureCategory.FACILITY_RENOVATION, FundingSource.PROVINCIAL_FINANCE, "1000000.00", "2020-06-01");
        js.decision("D-9", DecisionType.TERMINATE, null, "2022-09-01");
        js.recovery("R-1", FundingSource.PROVINCIAL_FINANCE, "4000000.00", "2022-10-15");
        readModels.project(js.events());

        assertThat(of(balances(null, null), FundingSource.PROVINCIAL_FINANCE)).isEqualTo(figures("10000000.00",
                "5000000.00", "0.00", "5000000.00", "1000000.00", "4000000.00", "0.00", "50.00"));
        assertThat(of(balances(LocalDate.of(2022, 10, 14), null), FundingSource.PROVINCIAL_FINANCE).cashBalance())
                .isEqualTo("4000000.00");
    }
}
