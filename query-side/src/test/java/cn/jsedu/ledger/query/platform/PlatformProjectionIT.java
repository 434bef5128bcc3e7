package cn.jsedu.ledger.query.platform;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.AcceptanceResult;
import cn.jsedu.ledger.kernel.platform.PartyRole;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.query.support.PlatformStory;
import cn.jsedu.ledger.query.support.ReadModelHarness;
import org.assertj.core.groups.Tuple;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;

import static cn.jsedu.ledger.query.support.PlatformStory.E1;
import static cn.jsedu.ledger.query.support.PlatformStory.E2;
import static cn.jsedu.ledger.query.support.PlatformStory.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@link PlatformProjection} on a real read model: the platform row, its parties, agreements and plan versions. */
class PlatformProjectionIT {

    @RegisterExtension
    static final ReadModelHarness readModels = new ReadModelHarness();

    private static final List<PlanLine> APPROVED_PLAN = List.of(
            line(FundingSource.PROVINCIAL_FINANCE, null, 2020, "12000000.00"),
            line(FundingSource.ENTERPRISE, E1, 2020, "6000000.00"),
            line(FundingSource.ENTERPRISE, E2, 2021, "5000000.00"),
            line(FundingSource.COLLEGE, null, 2021, "10000000.00"),
            line(FundingSource.LOCAL_GOVERNMENT, null, 2022, "0.01"));

    private final PlatformStory js = PlatformStory.of("JS-001");

    private PlatformRow platform() {
        return readModels.bean(PlatformQueries.class).find("JS-001").orElseThrow();
    }

    private List<Tuple> planVersions() {
        return readModels.rows("""
                SELECT plan_seq, kind, event_id, decision_ref FROM read_model.plan_version WHERE platform_id = ?
                ORDER BY plan_seq""", "JS-001");
    }

    @Test
    void aDeclarationInsertsThePlatformWithItsIdentityAndPlannedTotals() {
        DomainEventMessage<?> declared = js.declared();
        readModels.project(js.events());

        PlatformRow row = platform();
        assertThat(row.collegeName()).isEqualTo("无锡职业技术学院");
        assertThat(row.majorGroup()).isEqualTo("智能制造专业群");
        assertThat(row.industry()).isEqualTo("高端装备制造");
        assertThat(row.title()).isEqualTo("智能制造产教融合集成平台");
        assertThat(row.status()).isEqualTo(PlatformStatus.DECLARED);
        assertThat(row.batch()).isNull();
        assertThat(row.constructionStart()).isNull();
        assertThat(row.keySupport()).isTrue();
        assertThat(row.declaredAt()).isEqualTo(declared.getTimestamp());
        assertThat(row.plannedTotal()).isEqualTo(Money.parse("30000000.00"));
        assertThat(row.plannedEnterprise()).isEqualTo(Money.parse("10000000.00"));
        assertThat(row.plannedProvincial()).isEqualTo(Money.parse("10000000.00"));
        assertThat(row.provincialAdjustment()).isEqualTo(Money.ZERO);
        assertThat(readModels.bean(PlatformQueries.class).parties("JS-001"))
                .containsExactly(
                        new PlatformQueries.Party(E1, "无锡机床股份有限公司", "91320200MA1MXXXX1H", PartyRole.ENTERPRISE, true, false),
                        new PlatformQueries.Party(E2, "江苏数控装备有限公司", "91320200123456789L", PartyRole.ENTERPRISE, true, false));
        assertThat(planVersions()).containsExactly(tuple(0L, "DECLARED", declared.getIdentifier(), null));
        assertThat(readModels.bean(PlatformQueries.class).planKnownAt("JS-001", null)).isEqualTo(PlatformStory.PLAN);
    }

    @Test
    void approvalSetsTheBatchTheConstructionPeriodAndTheApprovedPlan() {
        DomainEventMessage<?> declared = js.declared();
        DomainEventMessage<?> approved = js.at("2020-02-20T02:00:00Z").approved("2020-03-01", APPROVED_PLAN);
        readModels.project(js.events());

        PlatformRow row = platform();
        assertThat(row.status()).isEqualTo(PlatformStatus.APPROVED);
        assertThat(row.batch()).isEqualTo(2);
        assertThat(row.constructionStart()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(row.constructionEnd()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(row.approvalRef()).isEqualTo("苏教职〔2020〕3号");
        assertThat(row.plannedTotal()).isEqualTo(Money.parse("33000000.01"));
        assertThat(row.plannedEnterprise()).isEqualTo(Money.parse("11000000.00"));
        assertThat(row.plannedProvincial()).isEqualTo(Money.parse("12000000.00"));
        assertThat(planVersions()).containsExactly(
                tuple(0L, "DECLARED", declared.getIdentifier(), null),
                tuple(1L, "APPROVED", approved.getIdentifier(), "苏教职〔2020〕3号"));
        PlatformQueries queries = readModels.bean(PlatformQueries.class);
        assertThat(queries.planKnownAt("JS-001", approved.getTimestamp().minusSeconds(1))).isEqualTo(PlatformStory.PLAN);
        assertThat(queries.planKnownAt("JS-001", approved.getTimestamp())).isEqualTo(APPROVED_PLAN);
        assertThat(queries.planEventKnownAt("JS-001", null)).contains(approved.getIdentifier());
    }

    @Test
    void anAgreementAddsItsPartiesAndPledgesAndMarksTheDeclaredEnterpriseAsSigned() {
        js.declared();
        js.approved("2020-03-01");
        DomainEventMessage<?> signed = js.agreementSigned("A-1", "2020-03-15");
        readModels.project(js.events());

        PlatformQueries queries = readModels.bean(PlatformQueries.class);
        assertThat(queries.agreements("JS-001")).containsExactly(new PlatformQueries.Agreement("A-1",
                LocalDate.of(2020, 3, 15), "共建协议-A-1", signed.getIdentifier(), List.of(
                new PlatformQueries.PledgeRow(E1, FundingSource.ENTERPRISE, ContributionForm.CASH, Money.parse("6000000.00")),
                new PlatformQueries.PledgeRow(E1, FundingSource.ENTERPRISE, ContributionForm.EQUIPMENT, Money.parse("2000000.00")))));
        assertThat(queries.parties("JS-001")).containsExactly(
                new PlatformQueries.Party("C1", "无锡职业技术学院", null, PartyRole.COLLEGE, false, true),
                new PlatformQueries.Party(E1, "无锡机床股份有限公司", "91320200MA1MXXXX1H", PartyRole.ENTERPRISE, true, true),
                new PlatformQueries.Party(E2, "江苏数控装备有限公司", "91320200123456789L", PartyRole.ENTERPRISE, true, false));
    }

    @Test
    void theAcceptanceRequestAndReviewAreDatedOnThePlatform() {
        js.declared();
        js.approved("2020-03-01");
        js.acceptanceRequested("2023-03-10");
        js.acceptanceReviewed(AcceptanceResult.EXCELLENT, "2023-04-20");
        readModels.project(js.events());

        PlatformRow row = platform();
        assertThat(row.acceptanceRequestedOn()).isEqualTo(LocalDate.of(2023, 3, 10));
        assertThat(row.acceptanceResult()).isEqualTo(AcceptanceResult.EXCELLENT);
        assertThat(row.acceptanceReviewedOn()).isEqualTo(LocalDate.of(2023, 4, 20));
        assertThat(row.status()).isEqualTo(PlatformStatus.ACCEPTED);
    }
}
