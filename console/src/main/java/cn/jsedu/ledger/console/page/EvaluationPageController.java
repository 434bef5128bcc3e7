package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.api.ApiCall;
import cn.jsedu.ledger.console.api.ApiProblem;
import cn.jsedu.ledger.console.api.QueryApi;
import cn.jsedu.ledger.console.api.Reads;
import cn.jsedu.ledger.console.api.view.EvaluationRankingView;
import cn.jsedu.ledger.console.api.view.EvaluationRoundView;
import cn.jsedu.ledger.console.api.view.EvaluationRoundsView;
import cn.jsedu.ledger.console.api.view.ProgrammeRowView;
import cn.jsedu.ledger.console.form.EvaluationForms;
import cn.jsedu.ledger.kernel.evaluation.EvaluationScheme;
import cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes;
import cn.jsedu.ledger.kernel.evaluation.ItemKind;
import cn.jsedu.ledger.kernel.evaluation.RoundKind;
import cn.jsedu.ledger.kernel.id.Identifiers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Evaluation rounds (绩效评价 / 中期检查, ADR 0026) for the administrators, finance officers and auditors: the rounds
 * and, for an administrator, the form to open one; a round's page with the objective ranking at its reference date
 * (the query API's ranking, as known now), the panel's scores and the ones still missing, the publication waiting for
 * a second administrator (no approve button for its proposer: the command API decides again), the published results
 * with their grades and exports, and the reconciliation of the proposed objective scores. Every part is the query
 * API's answer to this user; a role the API refuses sees the console's refusal page.
 */
@Controller
public class EvaluationPageController extends ConsolePage {

    /** After a form: up to 40 reads 0.25 s apart (10 s), as long as the query side's own bounded wait. */
    static final int READ_YOUR_WRITE_ATTEMPTS = 40;
    static final long READ_YOUR_WRITE_PAUSE_MS = 250;

    private final QueryApi queries;
    private final Reads reads;

    public EvaluationPageController(QueryApi queries, Reads reads) {
        this.queries = queries;
        this.reads = reads;
    }

    @GetMapping("/console/evaluation-rounds")
    public String rounds(Model model, ApiCall call) {
        CompletableFuture<List<ProgrammeRowView>> programmes = reads.start(() -> queries.programmes(call));
        EvaluationRoundsView rounds = queries.evaluationRounds(call);
        model.addAttribute("rounds", rounds.rounds().stream()
                .sorted(Comparator.comparing(EvaluationRoundsView.Round::year, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(EvaluationRoundsView.Round::roundId))
                .toList());
        model.addAttribute("programmes", Reads.join(programmes));
        model.addAttribute("kinds", Arrays.stream(RoundKind.values()).map(Enum::name).toList());
        model.addAttribute("thisYear", LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());
        model.addAttribute("openKey", "console-round-" + UUID.randomUUID());
        return "console/evaluation-rounds";
    }

    /**
     * The round once the query side shows the version the user's own command produced: the round's answer takes no
     * {@code minVersion} of its own, so after a form the console asks again, a bounded number of times (a round
     * just opened is 404 until its projection has it), and then shows what there is.
     */
    private EvaluationRoundView atVersion(String roundId, Long minVersion, ApiCall call) {
        if (minVersion == null) {
            return queries.evaluationRound(roundId, null, call);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                EvaluationRoundView round = queries.evaluationRound(roundId, minVersion, call);
                if (round.version() == null || round.version() >= minVersion || attempt >= READ_YOUR_WRITE_ATTEMPTS) {
                    return round;
                }
            } catch (ApiProblem e) {
                if (e.status() != 404 || attempt >= READ_YOUR_WRITE_ATTEMPTS) {
                    throw e;
                }
            }
            try {
                Thread.sleep(READ_YOUR_WRITE_PAUSE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return queries.evaluationRound(roundId, null, call);
            }
        }
    }

    @GetMapping("/console/evaluation-rounds/{roundId}")
    public String round(@PathVariable String roundId, @RequestParam(required = false) Long minVersion, Model model,
                        ApiCall call) {
        if (!Identifiers.isWellFormed(roundId)) {
            throw new PageNotFound("no round " + roundId);
        }
        EvaluationRoundView round = atVersion(roundId, minVersion, call);
        EvaluationScheme scheme = EvaluationSchemes.find(
                round.schemeId() == null ? EvaluationSchemes.DEFAULT_SCHEME_ID : round.schemeId(),
                round.schemeVersion() == null ? EvaluationSchemes.current().version() : round.schemeVersion())
                .orElse(EvaluationSchemes.current());
        // the ranking is what a proposal would publish: shown until the round is published, then its results are
        EvaluationRankingView ranking = round.published() ? null : queries.evaluationRanking(round.programmeId(),
                round.referenceDate(), round.batch(), round.schemeVersion(), call);
        model.addAttribute("round", round);
        model.addAttribute("ranking", ranking);
        model.addAttribute("scorable", ranking == null ? List.of() : ranking.rows().stream()
                .filter(r -> EvaluationForms.roundCanHold(r.scores().status())).map(EvaluationRankingView.Row::scores)
                .toList());
        model.addAttribute("objectiveItems", scheme.itemsOf(ItemKind.OBJECTIVE));
        model.addAttribute("panelItems", scheme.itemsOf(ItemKind.PANEL));
        model.addAttribute("roundKey", "console-round-" + roundId + "-" + UUID.randomUUID());
        return "console/evaluation-round";
    }
}
