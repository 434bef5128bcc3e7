package cn.jsedu.ledger.query.ledger;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.support.PlatformStory;
import cn.jsedu.ledger.query.support.ReadModelHarness;
import org.assertj.core.groups.Tuple;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.dao.DuplicateKeyException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static cn.jsedu.ledger.query.support.PlatformStory.E1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@link LedgerEntryProjection} on a real read model: one line per money event with its effect on the four figures
 * (cash received, non-cash received, spent, recovered), and the platform's running totals.
 */
class LedgerEntryProjectionIT {

    @RegisterExtension
    static final ReadModelHarness readModels = new ReadModelHarness();

    private static final String LINE = """
            SELECT event_id, sequence_number, entry_id, kind, original_entry_id, source, party_id, form, category, amount,
              received_cash, received_non_cash, spent, recovered, effective_date, recorded_at, voucher_ref, reason
            FROM read_model.ledger_entry WHERE platform_id = ? AND entry_id = ?""";

    private final PlatformStory js = PlatformStory.of("JS-001");

    @BeforeEach
    void approvedWithAnAgreement() {
        js.declared();
        js.approved("2020-03-01");
        js.agreementSigned("A-1", "2020-03-15");
        readModels.project(js.events());
    }

    private List<Tuple> line(String entryId) {
        return readModels.rows(LINE, "JS-001", entryId);
    }

    private PlatformRow platform() {
        return readModels.bean(PlatformQueries.class).find("JS-001").orElseThrow();
    }

    private static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void aCashInstallmentIsCashReceivedByItsSource() {
        DomainEventMessage<?> installment = js.at("2020-04-02T08:00:00Z")
                .installment("I-1", FundingSource.PROVINCIAL_FINANCE, "5000000.00", "2020-04-01");
        readModels.project(installment);

        assertThat(line("I-1")).containsExactly(tuple(installment.getIdentifier(), 3L, "I-1", "INSTALLMENT", null,
                "PROVINCIAL_FINANCE", null, "CASH", null, yuan("5000000.00"), yuan("5000000.00"), yuan("0.00"),
                yuan("0.00"), yuan("0.00"), LocalDate.of(2020, 4, 1), installment.getTimestamp(), "财拨〔2020〕I-1", null));
        PlatformRow row = platform();
        assertThat(row.receivedCash()).isEqualTo(Money.parse("5000000.00"));
        assertThat(row.provincialReceivedCash()).isEqualTo(Money.parse("5000000.00"));
        assertThat(row.receivedNonCash()).isEqualTo(Money.ZERO);
        assertThat(row.enterpriseReceived()).isEqualTo(Money.ZERO);
    }

    @Test
    void nonCashFormsAreReceivedNonCashAndAnEnterpriseContributionCountsForTheEnterprise() {
        js.contribution("C-1", E1, ContributionForm.EQUIPMENT, "2000000.00", "2020-05-01");
        js.installment("I-2", FundingSource.COLLEGE, ContributionForm.FACILITIES, "3000000.00", "2020-05-02");
        readModels.project(js.after(js.events().get(2)));

        assertThat(readModels.rows("""
                SELECT entry_id, kind, source, party_id, form, received_cash, received_non_cash FROM read_model.ledger_entry
                WHERE platform_id = 'JS-001' ORDER BY sequence_number""")).containsExactly(
                tuple("C-1", "ENTERPRISE_CONTRIBUTION", "ENTERPRISE", E1, "EQUIPMENT", yuan("0.00"), yuan("2000000.00")),
                tuple("I-2", "INSTALLMENT", "COLLEGE", null, "FACILITIES", yuan("0.00"), yuan("3000000.00")));
        PlatformRow row = platform();
        assertThat(row.receivedCash()).isEqualTo(Money.ZERO);
        assertThat(row.receivedNonCash()).isEqualTo(Money.parse("5000000.00"));
        assertThat(row.enterpriseReceived()).isEqualTo(Money.parse("2000000.00"));
        assertThat(row.provincialReceivedNonCash()).isEqualTo(Money.ZERO);
    }

    @Test
    void anExpenditureIsCashSpentFromTheSourceItIsChargedTo() {
        js.installment("I-1", FundingSource.PROVINCIAL_FINANCE, "5000000.00", "2020-04-01");
        DomainEventMessage<?> expenditure = js.expenditure("X-1", ExpenditureCategory.EQUIPMENT_PURCHASE,
                FundingSource.PROVINCIAL_FINANCE, "1200000.00", "2020-06-01");
        readModels.project(js.after(js.events().get(2)));

        assertThat(line("X-1")).containsExactly(tuple(expenditure.getIdentifier(), 4L, "X-1", "EXPENDITURE", null,
                "PROVINCIAL_FINANCE", null, "CASH", "EQUIPMENT_PURCHASE", yuan("1200000.00"), yuan("0.00"), yuan("0.00"),
                yuan("1200000.00"), yuan("0.00"), LocalDate.of(2020, 6, 1), expenditure.getTimestamp(), "付款-X-1", null));
        PlatformRow row = platform();
        assertThat(row.spent()).isEqualTo(Money.parse("1200000.00"));
        assertThat(row.provincialSpent()).isEqualTo(Money.parse("1200000.00"));
        assertThat(row.provincialCashBalance()).isEqualTo(Money.parse("3800000.00"));
    }

    @Test
    void aCorrectionIsALineAtTheOriginalDateKnownFromItsOwnRecordingCarryingTheChange() {
        js.at("2020-04-02T08:00:00Z").installment("I-1", FundingSource.PROVINCIAL_FINANCE, "5000000.00", "2020-04-01");
        DomainEventMessage<?> correction = js.at("2020-05-10T06:30:00Z").correction("ADJ-1", "I-1", "4800000.00", "凭证金额录入错误");
        readModels.project(js.after(js.events().get(2)));

        assertThat(line("ADJ-1")).containsExactly(tuple(correction.getIdentifier(), 4L, "ADJ-1", "ADJUSTMENT", "I-1",
                "PROVINCIAL_FINANCE", null, "CASH", null, yuan("4800000.00"), yuan("-200000.00"), yuan("0.00"),
                yuan("0.00"), yuan("0.00"), LocalDate.of(2020, 4, 1), correction.getTimestamp(), null, "凭证金额录入错误"));
        assertThat(platform().receivedCash()).isEqualTo(Money.parse("4800000.00"));
        assertThat(platform().provincialReceivedCash()).isEqualTo(Money.parse("4800000.00"));
    }

    @Test
    void voidingAnExpenditureGivesTheSpentCashBack() {
        js.installment("I-1", FundingSource.PROVINCIAL_FINANCE, "5000000.00", "2020-04-01");
        js.expenditure("X-1", ExpenditureCategory.OTHER, FundingSource.PROVINCIAL_FINANCE, "1200000.00", "2020-06-01");
        js.correction("ADJ-1", "X-1", "0.00", "重复录入");
        readModels.project(js.after(js.events().get(2)));

        assertThat(readModels.rows("""
                SELECT kind, amount, received_cash, spent FROM read_model.ledger_entry
                WHERE platform_id = 'JS-001' AND entry_id = 'ADJ-1'"""))
                .containsExactly(tuple("ADJUSTMENT", yuan("0.00"), yuan("0.00"), yuan("-1200000.00")));
        assertThat(platform().spent()).isEqualTo(Money.ZERO);
        assertThat(platform().provincialCashBalance()).isEqualTo(Money.parse("5000000.00"));
    }

    @Test
    void aRecoveryIsCashReturnedToItsSourceWithTheDecisionBehindItAsItsDocument() {
        js.installment("I-1", FundingSource.PROVINCIAL_FINANCE, "5000000.00", "2020-04-01");
        DomainEventMessage<?> recovery = js.recovery("R-1", FundingSource.PROVINCIAL_FINANCE, "300000.00", "2022-10-01");
        readModels.project(js.after(js.events().get(2)));

        assertThat(line("R-1")).containsExactly(tuple(recovery.getIdentifier(), 4L, "R-1", "RECOVERY", null,
                "PROVINCIAL_FINANCE", null, "CASH", null, yuan("300000.00"), yuan("0.00"), yuan("0.00"), yuan("0.00"),
                yuan("300000.00"), LocalDate.of(2022, 10, 1), recovery.getTimestamp(), "苏财教〔2022〕R-1", "中止后追回未使用资金"));
        PlatformRow row = platform();
        assertThat(row.recovered()).isEqualTo(Money.parse("300000.00"));
        assertThat(row.provincialRecovered()).isEqualTo(Money.parse("300000.00"));
        assertThat(row.provincialNetReceived()).isEqualTo(Money.parse("4700000.00"));
        assertThat(row.provincialCashBalance()).isEqualTo(Money.parse("4700000.00"));
    }

    @Test
    void theRunningTotalsAddUpTheSameInOneBatchAsOneByOne() {
        PlatformStory other = PlatformStory.of("JS-002");
        other.declared();
        other.approved("2020-03-01");
        other.agreementSigned("A-1", "2020-03-15");
        readModels.project(other.events());
        for (PlatformStory story : List.of(js, other)) {
            story.installment("I-1", FundingSource.PROVINCIAL_FINANCE, "5000000.00", "2020-04-01");
            story.contribution("C-1", E1, ContributionForm.CASH, "3000000.00", "2020-05-01");
            story.contribution("C-2", E1, ContributionForm.EQUIPMENT, "2000000.00", "2020-05-10");
            story.expenditure("X-1", ExpenditureCategory.EQUIPMENT_PURCHASE, FundingSource.ENTERPRISE, "1000000.00", "2020-06-01");
            story.correction("ADJ-1", "C-1", "2500000.00", "凭证金额录入错误");
            story.recovery("R-1", FundingSource.ENTERPRISE, "100000.00", "2020-07-01");
        }
        readModels.project(js.after(js.events().get(2)));
        readModels.projectOneByOne(other.after(other.events().get(2)));

        PlatformQueries queries = readModels.bean(PlatformQueries.class);
        for (String id : List.of("JS-001", "JS-002")) {
            PlatformRow row = queries.find(id).orElseThrow();
            assertThat(row.receivedCash()).as(id).isEqualTo(Money.parse("7500000.00"));
            assertThat(row.receivedNonCash()).as(id).isEqualTo(Money.parse("2000000.00"));
            assertThat(row.spent()).as(id).isEqualTo(Money.parse("1000000.00"));
            assertThat(row.recovered()).as(id).isEqualTo(Money.parse("100000.00"));
            assertThat(row.enterpriseReceived()).as(id).isEqualTo(Money.parse("4500000.00"));
            assertThat(row.enterpriseRecovered()).as(id).isEqualTo(Money.parse("100000.00"));
            assertThat(row.netEnterprise()).as(id).isEqualTo(Money.parse("4400000.00"));
            assertThat(row.provincialReceivedCash()).as(id).isEqualTo(Money.parse("5000000.00"));
            assertThat(row.provincialSpent()).as(id).isEqualTo(Money.ZERO);
        }
    }

    @Test
    void anEventAppliedTwiceFailsItsBatchInsteadOfCountingTwice() {
        DomainEventMessage<?> installment = js.installment("I-1", FundingSource.PROVINCIAL_FINANCE, "5000000.00", "2020-04-01");
        readModels.project(installment);

        assertThatThrownBy(() -> readModels.project(
                js.installment("I-2", FundingSource.COLLEGE, "1000000.00", "2020-04-05"), installment))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(platform().receivedCash()).as("the failed batch is rolled back").isEqualTo(Money.parse("5000000.00"));
        assertThat(readModels.rows("SELECT entry_id FROM read_model.ledger_entry WHERE platform_id = 'JS-001'"))
                .containsExactly(tuple("I-1"));
    }
}
