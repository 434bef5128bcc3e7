package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.api.ApiCall;
import cn.jsedu.ledger.console.form.ImportPageController;
import cn.jsedu.ledger.console.api.CommandApi;
import cn.jsedu.ledger.console.api.ApiProblem;
import cn.jsedu.ledger.console.api.QueryApi;
import cn.jsedu.ledger.console.api.Reads;
import cn.jsedu.ledger.console.api.view.BalancesView;
import cn.jsedu.ledger.console.api.view.ComplianceView;
import cn.jsedu.ledger.console.api.view.DocumentView;
import cn.jsedu.ledger.console.api.view.EquipmentRegisterView;
import cn.jsedu.ledger.console.api.view.FindingsView;
import cn.jsedu.ledger.console.api.view.IndicatorsView;
import cn.jsedu.ledger.console.api.view.LedgerLinesView;
import cn.jsedu.ledger.console.api.view.PermittedCommandsView;
import cn.jsedu.ledger.console.api.view.PlanVsReceivedView;
import cn.jsedu.ledger.console.api.view.PlatformDetailView;
import cn.jsedu.ledger.console.api.view.PlatformEvaluationResultsView;
import cn.jsedu.ledger.console.api.view.ProposalView;
import cn.jsedu.ledger.console.api.view.ReadinessView;
import cn.jsedu.ledger.console.api.view.ReportingStatusView;
import cn.jsedu.ledger.console.api.view.WorkstationsView;
import cn.jsedu.ledger.console.form.FormKind;
import cn.jsedu.ledger.console.words.ConsoleWords;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A platform's page: balances by source and party, plan against received over time, compliance findings with their
 * evidence, the readiness checklist, reporting status, equipment, indicators, decisions and pending proposals, its
 * evaluation results, its ledger entries, and the forms the user may send; every part as the query API answers it to this user, the forms
 * as the command API says this user may send them. {@code minVersion} waits for the user's own write.
 */
@Controller
public class PlatformPageController extends ConsolePage {

    /** The command behind the approve button of a pending proposal, as the command API names it. */
    public static final String APPROVAL = "proposals/{proposalId}/approval";

    private final QueryApi queries;
    private final CommandApi commands;
    private final Reads reads;
    private final MessageSource messages;
    private final ConsoleWords words;

    public PlatformPageController(QueryApi queries, CommandApi commands, Reads reads, MessageSource messages,
                                  ConsoleWords words) {
        this.queries = queries;
        this.commands = commands;
        this.reads = reads;
        this.messages = messages;
        this.words = words;
    }

    @GetMapping("/console/platforms/{platformId}")
    public String platform(@PathVariable String platformId, @RequestParam(required = false) Long minVersion,
                           Model model, Locale locale, ApiCall call) {
        CompletableFuture<PlatformDetailView> platform = reads.start(() -> queries.platform(platformId, minVersion, call));
        CompletableFuture<BalancesView> balances = reads.start(() -> queries.balances(platformId, null, null, minVersion, call));
        CompletableFuture<ComplianceView> compliance = reads.start(() -> queries.compliance(platformId, null, null, minVersion, call));
        CompletableFuture<ReadinessView> readiness = reads.start(() -> queries.readiness(platformId, minVersion, call));
        CompletableFuture<ReportingStatusView> periods = reads.start(() -> queries.reportingStatus(platformId, minVersion, call));
        CompletableFuture<EquipmentRegisterView> equipment = reads.start(() -> queries.equipment(platformId, minVersion, call));
        CompletableFuture<IndicatorsView> indicators = reads.start(() -> queries.indicators(platformId, minVersion, call));
        CompletableFuture<WorkstationsView> workstations = reads.start(() -> queries.workstations(platformId, minVersion, call));
        CompletableFuture<List<ProposalView>> proposals = reads.start(() -> queries.proposals(platformId, minVersion, call));
        CompletableFuture<LedgerLinesView> lines = reads.start(() -> queries.ledger(platformId, minVersion, call));
        CompletableFuture<PlanVsReceivedView> plan = reads.start(() -> queries.planVsReceived(platformId, minVersion, call));
        CompletableFuture<PermittedCommandsView> permitted = reads.start(() -> commands.permitted(platformId, call));
        CompletableFuture<FindingsView> findings = reads.start(() -> queries.findings(platformId, minVersion, call));
        CompletableFuture<List<DocumentView>> documents = reads.start(() -> queries.documents(platformId, minVersion, call));
        CompletableFuture<List<PlatformEvaluationResultsView.Result>> evaluations =
                reads.start(() -> evaluationResults(platformId, call));

        PlatformDetailView detail = Reads.join(platform);
        model.addAttribute("platform", detail);
        model.addAttribute("plan", detail.plan());
        model.addAttribute("parties", detail.parties());
        model.addAttribute("agreements", detail.agreements());
        model.addAttribute("decisions", detail.decisions());
        model.addAttribute("proposals", Reads.join(proposals).stream().filter(ProposalView::pending).toList());
        model.addAttribute("balances", Reads.join(balances));
        model.addAttribute("compliance", Reads.join(compliance));
        model.addAttribute("readiness", Reads.join(readiness));
        model.addAttribute("periods", Reads.join(periods).periods());
        model.addAttribute("equipment", Reads.join(equipment));
        model.addAttribute("indicators", Reads.join(indicators).indicators());
        model.addAttribute("workstations", Reads.join(workstations).years());
        model.addAttribute("lines", Reads.join(lines).lines());
        model.addAttribute("auditFindings", Reads.join(findings));
        model.addAttribute("documents", Reads.join(documents));
        model.addAttribute("evaluationResults", Reads.join(evaluations));
        PermittedCommandsView may = Reads.join(permitted);
        model.addAttribute("forms", formsFor(may));
        model.addAttribute("mayApprove", may.allows(APPROVAL));
        model.addAttribute("imports", ImportPageController.KINDS.stream().filter(k -> may.allows("imports/" + k)).toList());
        List<PlanVsReceivedView.HalfYearFigures> points = Reads.join(plan).points();
        model.addAttribute("planChart", planChart(points, locale));
        model.addAttribute("planText", points.stream().map(pt -> words.text("chart.planText", locale, pt.period(),
                words.yuan(pt.planned(), locale), words.yuan(ReceivedInPlace.of(pt).toString(), locale),
                words.yuan(pt.spent(), locale)))
                .collect(Collectors.joining(words.text("chart.listSeparator", locale))));
        return "console/platform";
    }

    /**
     * The platform's published evaluation results (ADR 0026), latest year first; none for a user the API does not show
     * them to (the rest of the page is that user's).
     */
    private List<PlatformEvaluationResultsView.Result> evaluationResults(String platformId, ApiCall call) {
        try {
            return queries.evaluationResults(platformId, call).results().stream()
                    .sorted(Comparator.comparing(PlatformEvaluationResultsView.Result::year,
                            Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        } catch (ApiProblem e) {
            if (e.status() == 403 || e.status() == 404) {
                return List.of();
            }
            throw e;
        }
    }

    /** The forms of the commands the command API says this user may send to the platform, in the forms' order. */
    static List<FormKind> formsFor(PermittedCommandsView permitted) {
        return Arrays.stream(FormKind.values()).filter(kind -> permitted.allows(kind.resource())).toList();
    }

    private String planChart(List<PlanVsReceivedView.HalfYearFigures> points, Locale locale) {
        return Charts.lines(points.stream().map(PlanVsReceivedView.HalfYearFigures::period).toList(), List.of(
                series("figure.plannedCumulative", points, PlanVsReceivedView.HalfYearFigures::planned, Charts.MUTED, locale),
                series("figure.receivedCumulative", points, pt -> ReceivedInPlace.of(pt).toString(), Charts.NEUTRAL, locale),
                series("figure.spentCumulative", points, PlanVsReceivedView.HalfYearFigures::spent, "#0b7285", locale)));
    }

    private Charts.Series series(String key, List<PlanVsReceivedView.HalfYearFigures> points,
                                 Function<PlanVsReceivedView.HalfYearFigures, String> figure, String colour, Locale locale) {
        return new Charts.Series(messages.getMessage(key, null, key, locale),
                points.stream().map(p -> new BigDecimal(figure.apply(p))).toList(), colour);
    }
}
