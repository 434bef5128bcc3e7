package cn.jsedu.ledger.query.enterprise;

import cn.jsedu.ledger.kernel.event.AcceptanceRequestedEvent;
import cn.jsedu.ledger.kernel.event.ConstructionExtendedEvent;
import cn.jsedu.ledger.kernel.event.ContributionConfirmedEvent;
import cn.jsedu.ledger.kernel.event.ContributionDisputedEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.ReadinessOverride;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations.State;
import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.compliance.ComplianceCalculator;
import cn.jsedu.ledger.query.compliance.ComplianceView;
import cn.jsedu.ledger.query.compliance.Finding;
import cn.jsedu.ledger.query.platform.AcceptanceRequests;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.support.PlatformStory;
import cn.jsedu.ledger.query.support.ReadModelHarness;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;

import static cn.jsedu.ledger.query.support.PlatformStory.E1;
import static cn.jsedu.ledger.query.support.PlatformStory.E2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * ADR 0022 on projected read models (embedded PostgreSQL, Flyway-migrated): pledged vs contributed vs confirmed per
 * enterprise, disputed money in compliance, the extended construction end, and the acceptance request's override.
 */
class EnterpriseConfirmationIT {

    @RegisterExtension
    static final ReadModelHarness readModels = new ReadModelHarness();

    private static final String E1_CODE = "91320200MA1MXXXX1H";
    private static final String E2_CODE = "91320200123456789L";

    private static PlatformStory story(String id) {
        PlatformStory js = PlatformStory.of(id);
        js.declared();
        js.approved("2020-03-01");
        js.agreementSigned("A-1", "2020-03-15");
        js.contribution("C-1", E1, ContributionForm.CASH, "500.00", "2020-05-01");
        js.contribution("C-2", E1, ContributionForm.CASH, "300.00", "2020-05-02");
        js.contribution("C-3", E2, ContributionForm.CASH, "200.00", "2020-05-03");
        js.record(new ContributionConfirmedEvent(id, "C-1", E1, E1_CODE, Money.parse("500.00")));
        js.record(new ContributionDisputedEvent(id, "C-2", E1, E1_CODE, Money.parse("300.00"), "只到位 200 元"));
        return js;
    }

    private static PlatformRow row(String id) {
        return readModels.bean(PlatformQueries.class).find(id).orElseThrow();
    }

    @Test
    void showsPledgedContributedAndConfirmedPerEnterprise() {
        readModels.project(story("JS-201").events());

        EnterpriseContributionsView view = readModels.bean(EnterpriseQueries.class).of(row("JS-201"), null);

        assertThat(view.enterprises()).extracting(EnterpriseContributionsView.Enterprise::partyId,
                e -> e.pledged().toString(), e -> e.contributed().toString(), e -> e.confirmed().toString(),
                e -> e.disputed().toString(), e -> e.unconfirmed().toString()).containsExactly(
                tuple(E1, "8000000.00", "800.00", "500.00", "300.00", "0.00"),
                tuple(E2, "0.00", "200.00", "0.00", "0.00", "200.00"));
        assertThat(view.enterprises().get(0).contributions()).extracting(EnterpriseContributionsView.Line::entryId,
                EnterpriseContributionsView.Line::voucherRef, EnterpriseContributionsView.Line::state,
                EnterpriseContributionsView.Line::reason).containsExactly(
                tuple("C-1", "入库单-C-1", State.CONFIRMED, null), tuple("C-2", "入库单-C-2", State.DISPUTED, "只到位 200 元"));
    }

    @Test
    void anEnterpriseSeesOnlyItselfAndOnlyWhereItIsAParty() {
        readModels.project(story("JS-202").events());
        EnterpriseQueries queries = readModels.bean(EnterpriseQueries.class);

        assertThat(queries.of(row("JS-202"), E2_CODE).enterprises()).extracting(EnterpriseContributionsView.Enterprise::partyId)
                .containsExactly(E2);
        assertThat(queries.isParty("JS-202", E2_CODE)).isTrue();
        assertThat(queries.isParty("JS-202", "91320200MA00110085")).isFalse();
        assertThat(queries.isParty("JS-202", null)).isFalse();
        assertThat(queries.platformsOf(E2_CODE, null)).contains("JS-202");
        assertThat(queries.platformsOf(E2_CODE, "JS-PLATFORMS-2019")).contains("JS-202");
        assertThat(queries.platformsOf(E2_CODE, "OTHER-2099")).isEmpty();
        assertThat(queries.partiesOf(E2_CODE, null)).contains(new EnterpriseQueries.Party("JS-202", E2));
        assertThat(queries.platformsOf("91320200MA00110085", null)).isEmpty();
    }

    @Test
    void aCorrectionMakesAConfirmedContributionUnconfirmedAgain() {
        PlatformStory js = story("JS-203");
        js.correction("ADJ-1", "C-1", "450.00", "录入错误");
        readModels.project(js.events());

        EnterpriseContributionsView.Enterprise e1 = readModels.bean(EnterpriseQueries.class).of(row("JS-203"), E1_CODE)
                .enterprises().get(0);
        assertThat(e1.contributed()).hasToString("750.00");
        assertThat(e1.confirmed()).hasToString("0.00");
        assertThat(e1.unconfirmed()).hasToString("450.00");
    }

    @Test
    void disputedMoneyIsAComplianceFinding() {
        PlatformStory js = story("JS-204");
        readModels.project(js.events());
        List<String> disputeEvents = js.events().stream()
                .filter(m -> m.getPayload() instanceof ContributionDisputedEvent
                        || m.getPayload() instanceof cn.jsedu.ledger.kernel.event.EnterpriseContributionRecordedEvent c
                        && c.entryId().equals("C-2"))
                .map(DomainEventMessage::getIdentifier).toList();

        ComplianceView view = ComplianceCalculator.compute(readModels.bean(BalanceQueries.class).inputs(row("JS-204"), null),
                readModels.bean(ContributionRepository.class).of("JS-204"), LocalDate.of(2021, 1, 1), null,
                ProgrammeParameters.defaults());

        Finding disputed = view.findings().stream().filter(f -> f.code().equals("CONTRIBUTION_DISPUTED")).findFirst()
                .orElseThrow();
        assertThat(disputed.figures()).containsEntry("disputedAmount", "300.00").containsEntry("disputedContributions", "1");
        assertThat(disputed.eventIds()).containsExactlyElementsOf(disputeEvents);
        assertThat(ComplianceCalculator.compute(readModels.bean(BalanceQueries.class).inputs(row("JS-204"), null),
                readModels.bean(ContributionRepository.class).of("JS-204"), LocalDate.of(2020, 5, 1), null,
                ProgrammeParameters.defaults()).findings()).extracting(Finding::code)
                .as("not yet in force on 2020-05-01").doesNotContain("CONTRIBUTION_DISPUTED");
    }

    @Test
    void anExtensionMovesTheConstructionEndFromItsRecordingOn() {
        PlatformStory js = PlatformStory.of("JS-205");
        js.declared();
        js.approved("2020-03-01");
        DomainEventMessage<?> before = js.at("2022-06-01T00:00:00Z").agreementSigned("A-1", "2020-03-15");
        js.at("2022-07-01T00:00:00Z").record(new ConstructionExtendedEvent("JS-205", LocalDate.of(2023, 3, 1),
                LocalDate.of(2023, 9, 1), "疫情影响", "苏教职〔2022〕延1号"));
        readModels.project(js.events());

        assertThat(row("JS-205").constructionEnd()).isEqualTo(LocalDate.of(2023, 9, 1));
        PlatformQueries platforms = readModels.bean(PlatformQueries.class);
        assertThat(platforms.asKnownAt("JS-205", before.getTimestamp()).orElseThrow().constructionEnd())
                .isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(platforms.asKnownAt("JS-205", java.time.Instant.parse("2022-07-02T00:00:00Z")).orElseThrow()
                .constructionEnd()).isEqualTo(LocalDate.of(2023, 9, 1));
    }

    @Test
    void anAcceptanceRequestKeepsItsOverride() {
        PlatformStory js = PlatformStory.of("JS-206");
        js.declared();
        js.approved("2020-03-01");
        js.acceptanceRequested("2023-03-01");
        js.record(new AcceptanceRequestedEvent("JS-206", LocalDate.of(2023, 4, 1),
                new ReadinessOverride("疫情影响", List.of("REPORTS_SUBMITTED"), "admin1", "admin2")));
        readModels.project(js.events());

        assertThat(readModels.bean(AcceptanceRequests.class).of("JS-206")).extracting(
                AcceptanceRequests.AcceptanceRequest::requestedOn, AcceptanceRequests.AcceptanceRequest::overridden,
                AcceptanceRequests.AcceptanceRequest::failingItems, AcceptanceRequests.AcceptanceRequest::approvedBy)
                .containsExactly(tuple(LocalDate.of(2023, 3, 1), false, List.of(), null),
                        tuple(LocalDate.of(2023, 4, 1), true, List.of("REPORTS_SUBMITTED"), "admin2"));
    }
}
