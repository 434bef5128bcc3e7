package cn.jsedu.ledger.console.form;

import cn.jsedu.ledger.console.api.ApiCall;
import cn.jsedu.ledger.console.api.CommandApi;
import cn.jsedu.ledger.console.api.CommandOutcome;
import cn.jsedu.ledger.console.api.QueryApi;
import cn.jsedu.ledger.console.api.view.EvaluationRankingView;
import cn.jsedu.ledger.console.api.view.EvaluationRoundView;
import cn.jsedu.ledger.console.page.ConsolePage;
import cn.jsedu.ledger.kernel.id.Identifiers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

/**
 * The evaluation rounds' forms in the console (ADR 0026): an administrator opens a round, records the panel's scores,
 * proposes the results for publication, another administrator approves it, the proposer may withdraw it. Each action
 * is the command API's, which decides (four eyes included); its answer, a refusal too, comes back to the round's page.
 * The proposal's objective scores are the query API's ranking at the round's reference date, read when the form is
 * sent, with the instant that ranking was computed for.
 */
@Controller
public class EvaluationRoundController extends ConsolePage {

    private static final String ROUNDS = "/api/v1/evaluation-rounds";

    private final CommandApi commands;
    private final QueryApi queries;

    public EvaluationRoundController(CommandApi commands, QueryApi queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping("/console/evaluation-rounds")
    public String open(@RequestParam(required = false) String programmeId, @RequestParam(required = false) String kind,
                       @RequestParam(required = false) String year, @RequestParam(required = false) String batch,
                       @RequestParam(required = false) String referenceDate,
                       @RequestParam(required = false) String idempotencyKey, RedirectAttributes redirect,
                       ApiCall call) {
        CommandOutcome outcome = commands.post(ROUNDS, EvaluationForms.openRound(programmeId, kind, year, batch,
                referenceDate), IdempotencyKeys.orFresh(idempotencyKey), call);
        if (!outcome.succeeded()) {
            redirect.addFlashAttribute("problem", outcome);
            return "redirect:/console/evaluation-rounds";
        }
        redirect.addFlashAttribute("notice", "notice.roundOpened");
        redirect.addFlashAttribute("noticeVersion", outcome.version());
        return outcome.entryId() == null ? "redirect:/console/evaluation-rounds" : round(outcome.entryId(), outcome);
    }

    @PostMapping("/console/evaluation-rounds/{roundId}/panel-scores")
    public String panelScore(@PathVariable String roundId, @RequestParam(required = false) String platformId,
                             @RequestParam(required = false) String itemCode,
                             @RequestParam(required = false) String points,
                             @RequestParam(required = false) String remarks,
                             @RequestParam(required = false) String idempotencyKey, RedirectAttributes redirect,
                             ApiCall call) {
        requireId(roundId);
        CommandOutcome outcome = commands.post(ROUNDS + "/" + roundId + "/panel-scores",
                EvaluationForms.panelScore(platformId, itemCode, points, remarks), IdempotencyKeys.orFresh(idempotencyKey),
                call);
        return back(roundId, outcome, "notice.panelScoreRecorded", redirect);
    }

    /** The ranking at the round's reference date, read now, becomes the proposal's objective scores. */
    @PostMapping("/console/evaluation-rounds/{roundId}/publication")
    public String propose(@PathVariable String roundId, @RequestParam(required = false) String rewardAmount,
                          @RequestParam(required = false) String failedDecision,
                          @RequestParam(required = false) String reductionAmount,
                          @RequestParam(required = false) String decidedOn,
                          @RequestParam(required = false) String idempotencyKey, RedirectAttributes redirect,
                          ApiCall call) {
        requireId(roundId);
        EvaluationRoundView round = queries.evaluationRound(roundId, null, call);
        EvaluationRankingView ranking = queries.evaluationRanking(round.programmeId(), round.referenceDate(),
                round.batch(), round.schemeVersion(), call);
        CommandOutcome outcome = commands.post(ROUNDS + "/" + roundId + "/publication",
                EvaluationForms.publication(ranking, rewardAmount, failedDecision, reductionAmount, decidedOn),
                IdempotencyKeys.orFresh(idempotencyKey), call);
        return back(roundId, outcome, "notice.publicationProposed", redirect);
    }

    @PostMapping("/console/evaluation-rounds/{roundId}/proposals/{proposalId}/approval")
    public String approve(@PathVariable String roundId, @PathVariable String proposalId,
                          @RequestParam(required = false) String idempotencyKey, RedirectAttributes redirect,
                          ApiCall call) {
        requireId(roundId);
        requireId(proposalId);
        CommandOutcome outcome = commands.post(ROUNDS + "/" + roundId + "/proposals/" + proposalId + "/approval",
                Map.of(), IdempotencyKeys.orFresh(idempotencyKey), call);
        return back(roundId, outcome, "notice.roundPublished", redirect);
    }

    @PostMapping("/console/evaluation-rounds/{roundId}/proposals/{proposalId}/withdrawal")
    public String withdraw(@PathVariable String roundId, @PathVariable String proposalId,
                           @RequestParam(required = false) String reason,
                           @RequestParam(required = false) String idempotencyKey, RedirectAttributes redirect,
                           ApiCall call) {
        requireId(roundId);
        requireId(proposalId);
        CommandOutcome outcome = commands.post(ROUNDS + "/" + roundId + "/proposals/" + proposalId + "/withdrawal",
                reason == null || reason.isBlank() ? Map.of() : Map.of("reason", reason.strip()),
                IdempotencyKeys.orFresh(idempotencyKey), call);
        return back(roundId, outcome, "notice.publicationWithdrawn", redirect);
    }

    private static void requireId(String id) {
        if (!Identifiers.isWellFormed(id)) {
            throw new ConsolePage.PageNotFound("no round or proposal " + id);
        }
    }

    private static String back(String roundId, CommandOutcome outcome, String notice, RedirectAttributes redirect) {
        if (outcome.succeeded()) {
            redirect.addFlashAttribute("notice", notice);
            redirect.addFlashAttribute("noticeVersion", outcome.version());
        } else {
            redirect.addFlashAttribute("problem", outcome);
        }
        return round(roundId, outcome);
    }

    /** The round's page, as of the round's version after the action (read your write). */
    private static String round(String roundId, CommandOutcome outcome) {
        return "redirect:/console/evaluation-rounds/" + roundId
                + (outcome.succeeded() && outcome.version() != null ? "?minVersion=" + outcome.version() : "");
    }
}
