package cn.jsedu.ledger.console.api;

import cn.jsedu.ledger.console.api.view.BalancesView;
import cn.jsedu.ledger.console.api.view.BudgetExecutionView;
import cn.jsedu.ledger.console.api.view.ComplianceView;
import cn.jsedu.ledger.console.api.view.DocumentView;
import cn.jsedu.ledger.console.api.view.EquipmentRegisterView;
import cn.jsedu.ledger.console.api.view.EvaluationRankingView;
import cn.jsedu.ledger.console.api.view.EvaluationRoundView;
import cn.jsedu.ledger.console.api.view.EvaluationRoundsView;
import cn.jsedu.ledger.console.api.view.FindingsView;
import cn.jsedu.ledger.console.api.view.HistoryEntryView;
import cn.jsedu.ledger.console.api.view.InboxView;
import cn.jsedu.ledger.console.api.view.IndicatorsView;
import cn.jsedu.ledger.console.api.view.LedgerLinesView;
import cn.jsedu.ledger.console.api.view.OwnContributionsView;
import cn.jsedu.ledger.console.api.view.ParameterChangeView;
import cn.jsedu.ledger.console.api.view.PlanVsReceivedView;
import cn.jsedu.ledger.console.api.view.PlatformEvaluationResultsView;
import cn.jsedu.ledger.console.api.view.PlatformDetailView;
import cn.jsedu.ledger.console.api.view.PlatformListView;
import cn.jsedu.ledger.console.api.view.ProgrammeComplianceView;
import cn.jsedu.ledger.console.api.view.ProgrammeProposalView;
import cn.jsedu.ledger.console.api.view.ProgrammeReadinessView;
import cn.jsedu.ledger.console.api.view.ProgrammeRowView;
import cn.jsedu.ledger.console.api.view.ProgrammeRulesView;
import cn.jsedu.ledger.console.api.view.ProgrammeSourcesView;
import cn.jsedu.ledger.console.api.view.ProvincialChainTotalsView;
import cn.jsedu.ledger.console.api.view.ProvincialChainView;
import cn.jsedu.ledger.console.api.view.ProposalView;
import cn.jsedu.ledger.console.api.view.ReadinessView;
import cn.jsedu.ledger.console.api.view.ReportingStatusView;
import cn.jsedu.ledger.console.api.view.SignedInUserView;
import cn.jsedu.ledger.console.api.view.VerificationReportView;
import cn.jsedu.ledger.console.api.view.WorkstationsView;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.util.UriBuilder;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The query API as the console reads it: every figure a page shows is one of these answers, read as the signed-in
 * user, so the console shows what the API serves to that user and nothing else. {@code minVersion} (the version
 * the user's own command produced) makes each read wait for the read model, as the API promises.
 */
public class QueryApi {

    private static final String PLATFORM = "/api/v1/platforms/{id}";

    private final ServiceApi api;

    public QueryApi(ServiceApi api) {
        this.api = api;
    }

    public SignedInUserView me(ApiCall call) {
        return api.get(b -> b.path("/api/v1/me").build(), SignedInUserView.class, call);
    }

    /** An enterprise representative's own contributions on every platform where its enterprise is a party. */
    public OwnContributionsView ownContributions(ApiCall call) {
        return api.get(b -> b.path("/api/v1/me/enterprise-contributions").build(), OwnContributionsView.class, call);
    }

    /**
     * Waits until the query side has applied the platform's {@code minVersion} (its read-your-writes: 503 after the
     * bound), so that a page shown after an answer shows the answer.
     */
    public void awaitEnterpriseContributions(String id, long minVersion, ApiCall call) {
        api.get(platform(id, "/enterprise-contributions", minVersion), Map.class, call);
    }

    /** What waits for the user (ADR 0025): the items and the count of each kind. */
    public InboxView inbox(ApiCall call) {
        return api.get(b -> b.path("/api/v1/me/inbox").build(), InboxView.class, call);
    }

    public PlatformListView platforms(int size, ApiCall call) {
        return api.get(b -> b.path("/api/v1/platforms").queryParam("size", size).build(), PlatformListView.class, call);
    }

    public PlatformDetailView platform(String id, Long minVersion, ApiCall call) {
        return api.get(platform(id, "", minVersion), PlatformDetailView.class, call);
    }

    public BalancesView balances(String id, LocalDate asOf, Instant knownAt, Long minVersion, ApiCall call) {
        return api.get(b -> withVersion(b.path(PLATFORM + "/balances"), minVersion)
                .queryParamIfPresent("asOf", Optional.ofNullable(asOf))
                .queryParamIfPresent("knownAt", Optional.ofNullable(knownAt)).build(id), BalancesView.class, call);
    }

    public ComplianceView compliance(String id, LocalDate asOf, Instant knownAt, Long minVersion, ApiCall call) {
        return api.get(b -> withVersion(b.path(PLATFORM + "/compliance"), minVersion)
                .queryParamIfPresent("asOf", Optional.ofNullable(asOf))
                .queryParamIfPresent("knownAt", Optional.ofNullable(knownAt)).build(id), ComplianceView.class, call);
    }

    public ReadinessView readiness(String id, Long minVersion, ApiCall call) {
        return api.get(platform(id, "/readiness", minVersion), ReadinessView.class, call);
    }

    public ReportingStatusView reportingStatus(String id, Long minVersion, ApiCall call) {
        return api.get(platform(id, "/reporting-status", minVersion), ReportingStatusView.class, call);
    }

    public EquipmentRegisterView equipment(String id, Long minVersion, ApiCall call) {
        return api.get(platform(id, "/equipment", minVersion), EquipmentRegisterView.class, call);
    }

    public IndicatorsView indicators(String id, Long minVersion, ApiCall call) {
        return api.get(platform(id, "/indicators", minVersion), IndicatorsView.class, call);
    }

    public WorkstationsView workstations(String id, Long minVersion, ApiCall call) {
        return api.get(platform(id, "/workstations", minVersion), WorkstationsView.class, call);
    }

    public List<ProposalView> proposals(String id, Long minVersion, ApiCall call) {
        return api.get(platform(id, "/proposals", minVersion), new ParameterizedTypeReference<>() {
        }, call);
    }

    public LedgerLinesView ledger(String id, Long minVersion, ApiCall call) {
        return api.get(platform(id, "/ledger", minVersion), LedgerLinesView.class, call);
    }

    public BudgetExecutionView budgetExecution(String id, ApiCall call) {
        return api.get(platform(id, "/budget-execution", null), BudgetExecutionView.class, call);
    }

    public FindingsView findings(String id, Long minVersion, ApiCall call) {
        return api.get(platform(id, "/findings", minVersion), FindingsView.class, call);
    }

    public ProvincialChainView provincialChain(String id, ApiCall call) {
        return api.get(platform(id, "/provincial-chain", null), ProvincialChainView.class, call);
    }

    public PlanVsReceivedView planVsReceived(String id, Long minVersion, ApiCall call) {
        return api.get(platform(id, "/plan-vs-received", minVersion), PlanVsReceivedView.class, call);
    }

    public List<HistoryEntryView> history(String id, ApiCall call) {
        return api.get(platform(id, "/history", null), new ParameterizedTypeReference<>() {
        }, call);
    }

    public VerificationReportView verification(String id, ApiCall call) {
        return api.get(platform(id, "/verification", null), VerificationReportView.class, call);
    }

    public ProgrammeComplianceView programmeCompliance(int page, int size, ApiCall call) {
        return api.get(b -> b.path("/api/v1/programme/compliance").queryParam("page", page).queryParam("size", size)
                .build(), ProgrammeComplianceView.class, call);
    }

    public ProgrammeReadinessView programmeReadiness(int page, int size, ApiCall call) {
        return api.get(b -> b.path("/api/v1/programme/readiness").queryParam("page", page).queryParam("size", size)
                .build(), ProgrammeReadinessView.class, call);
    }

    /** The proposals of every platform waiting for a second administrator (administrators, finance, audit). */
    public List<ProposalView> pendingProposals(int size, ApiCall call) {
        return api.get(b -> b.path("/api/v1/proposals").queryParam("status", ProposalView.PENDING)
                .queryParam("size", size).build(), new ParameterizedTypeReference<>() {
        }, call);
    }

    public ProvincialChainTotalsView programmeProvincialChain(ApiCall call) {
        return api.get(b -> b.path("/api/v1/programme/provincial-chain").build(), ProvincialChainTotalsView.class, call);
    }

    public ProgrammeSourcesView programmeSources(ApiCall call) {
        return api.get(b -> b.path("/api/v1/programme/sources").build(), ProgrammeSourcesView.class, call);
    }

    /** The programmes the user may see (ADR 0019), the default one first. */
    public List<ProgrammeRowView> programmes(ApiCall call) {
        return api.get(b -> b.path("/api/v1/programmes").build(), new ParameterizedTypeReference<>() {
        }, call);
    }

    /** A programme's parameters in force today and their history, as recorded. */
    public ProgrammeRulesView programmeRules(String programmeId, ApiCall call) {
        return api.get(b -> b.path("/api/v1/programmes/{id}").build(programmeId), ProgrammeRulesView.class, call);
    }

    /** A programme's approved rule changes, with who proposed and who approved each. */
    public List<ParameterChangeView> parameterChanges(String programmeId, ApiCall call) {
        return api.get(b -> b.path("/api/v1/programmes/{id}/parameter-changes").build(programmeId),
                new ParameterizedTypeReference<>() {
                }, call);
    }

    /** A programme's proposals (its establishment, rule changes) in every state; refused (403) to other roles. */
    public List<ProgrammeProposalView> programmeProposals(String programmeId, ApiCall call) {
        return api.get(b -> b.path("/api/v1/programmes/{id}/proposals").build(programmeId),
                new ParameterizedTypeReference<>() {
                }, call);
    }

    /** The platform's evidence documents and the events citing them (ADR 0021). */
    public List<DocumentView> documents(String platformId, Long minVersion, ApiCall call) {
        return api.get(b -> b.path("/api/v1/platforms/{id}/documents").queryParamIfPresent("minVersion",
                Optional.ofNullable(minVersion)).build(platformId), new ParameterizedTypeReference<>() {
                }, call);
    }

    /** An evidence document's bytes exactly as the API serves them (type, file name), or its refusal (404). */
    public ServiceApi.Download document(String platformId, String sha256, ApiCall call) {
        return api.download(b -> b.path("/api/v1/platforms/{id}/documents/{sha256}").build(platformId, sha256), call);
    }

    /** A platform export ({@code ledger.csv}, {@code dossier.pdf}, ...) exactly as the API serves it. */
    public ServiceApi.Download platformExport(String id, String file, ApiCall call) {
        return api.download(b -> b.path(PLATFORM + "/{file}").build(id, file), call);
    }

    /** A programme export ({@code compliance.xlsx}, ...) exactly as the API serves it. */
    public ServiceApi.Download programmeExport(String file, ApiCall call) {
        return api.download(b -> b.path("/api/v1/programme/{file}").build(file), call);
    }

    /** The evaluation rounds the user may read (ADR 0026), of every programme. */
    public EvaluationRoundsView evaluationRounds(ApiCall call) {
        return api.get(b -> b.path("/api/v1/evaluation-rounds").build(), EvaluationRoundsView.class, call);
    }

    /** One round with its panel scores, missing scores, pending publication, results and reconciliation. */
    public EvaluationRoundView evaluationRound(String roundId, Long minVersion, ApiCall call) {
        return api.get(b -> withVersion(b.path("/api/v1/evaluation-rounds/{id}"), minVersion).build(roundId),
                EvaluationRoundView.class, call);
    }

    /**
     * The programme's (or a batch's) objective ranking as of {@code referenceDate} by scheme {@code schemeVersion},
     * as known now: the answer names the instant it was computed for.
     */
    public EvaluationRankingView evaluationRanking(String programmeId, LocalDate referenceDate, Integer batch,
                                                   Integer schemeVersion, ApiCall call) {
        return api.get(b -> b.path("/api/v1/programmes/{id}/evaluation-ranking")
                .queryParam("referenceDate", referenceDate)
                .queryParamIfPresent("batch", Optional.ofNullable(batch))
                .queryParamIfPresent("schemeVersion", Optional.ofNullable(schemeVersion)).build(programmeId),
                EvaluationRankingView.class, call);
    }

    /** The platform's published evaluation results, by year. */
    public PlatformEvaluationResultsView evaluationResults(String platformId, ApiCall call) {
        return api.get(platform(platformId, "/evaluation-results", null), PlatformEvaluationResultsView.class, call);
    }

    /** A round's published results ({@code results.xlsx}, {@code results.pdf}) exactly as the API serves them. */
    public ServiceApi.Download roundExport(String roundId, String file, ApiCall call) {
        return api.download(b -> b.path("/api/v1/evaluation-rounds/{id}/{file}").build(roundId, file), call);
    }

    private static java.util.function.Function<UriBuilder, URI> platform(String id, String below, Long minVersion) {
        return b -> withVersion(b.path(PLATFORM + below), minVersion).build(id);
    }

    private static UriBuilder withVersion(UriBuilder builder, Long minVersion) {
        return builder.queryParamIfPresent("minVersion", Optional.ofNullable(minVersion));
    }
}
