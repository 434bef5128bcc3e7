package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.query.audit.HistoryEntry;
import cn.jsedu.ledger.query.audit.HistoryQueries;
import cn.jsedu.ledger.query.export.CjkFont;
import cn.jsedu.ledger.query.export.EvaluationResultsPdf;
import cn.jsedu.ledger.query.export.ExportTimes;
import cn.jsedu.ledger.query.export.XlsxExport;
import cn.jsedu.ledger.query.round.PlatformEvaluationResultsView;
import cn.jsedu.ledger.query.round.ProposalRow;
import cn.jsedu.ledger.query.round.RoundDetailView;
import cn.jsedu.ledger.query.round.RoundDetails;
import cn.jsedu.ledger.query.round.RoundExports;
import cn.jsedu.ledger.query.round.RoundQueries;
import cn.jsedu.ledger.query.round.RoundRow;
import cn.jsedu.ledger.query.round.RoundStatus;
import cn.jsedu.ledger.query.round.RoundView;
import cn.jsedu.ledger.query.round.RoundsView;
import cn.jsedu.ledger.support.security.LedgerUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluation rounds (ADR 0026): the rounds, one round in full (panel scores, what is missing, the pending proposal,
 * the published results and the reconciliation of their objective scores), its published results as Excel or PDF,
 * its history; and a platform's published results. Rounds compare platforms, so they are read by administrators,
 * finance officers and auditors only (QueryAccessPolicy); a user scoped to a programme reaches that programme's
 * rounds only (another's is 404, as an unknown one). A platform's results are its readers'.
 */
@RestController
@Tag(name = "Evaluation", description = "Objective evaluation scores and rankings, traceable to events")
@RequestMapping(path = "/api/v1", produces = "application/json")
public class EvaluationRoundController {

    private final RoundQueries rounds;
    private final RoundDetails details;
    private final HistoryQueries history;
    private final ReadYourWrites reads;
    private final CjkFont font;
    private final Clock clock;

    public EvaluationRoundController(RoundQueries rounds, RoundDetails details, HistoryQueries history,
                                     ReadYourWrites reads, CjkFont font, Clock clock) {
        this.rounds = rounds;
        this.details = details;
        this.history = history;
        this.reads = reads;
        this.font = font;
        this.clock = clock;
    }

    @GetMapping("/evaluation-rounds")
    @Operation(operationId = "listEvaluationRounds", summary = "Evaluation rounds (of one programme if named), "
            + "newest year first, each with its status (OPEN, PROPOSED, PUBLISHED)",
            description = "404 PROGRAMME_NOT_FOUND for a programme the user's scope does not reach.")
    public RoundsView list(@RequestParam(required = false) String programmeId) {
        LedgerUser user = LedgerUser.current();
        String programme = programmeId;
        if (user != null && user.programme() != null) {
            programme = user.programmeFor(programmeId).orElseThrow(() -> new QueryProblem(
                    ErrorCode.PROGRAMME_NOT_FOUND, "programmeId", "no programme " + programmeId));
        }
        return new RoundsView(rounds.list(programme).stream().map(RoundRow::view).toList());
    }

    @GetMapping("/evaluation-rounds/{roundId}")
    @Operation(operationId = "getEvaluationRound", summary = "One evaluation round: its panel scores (latest per "
            + "platform and item), the panel scores still missing while it is open, its pending proposal, its "
            + "published results, and the objective scores proposed recomputed as known at the proposal's knownAt",
            description = "Scores are centipoints. reconciliation.matches is false when a recomputed objective score "
                    + "differs from the proposed one (each listed). 404 ROUND_NOT_FOUND.")
    public RoundDetailView round(@PathVariable String roundId) {
        return details.of(find(roundId));
    }

    @GetMapping(path = "/evaluation-rounds/{roundId}/results.xlsx", produces = XlsxExport.MEDIA_TYPE)
    @Operation(operationId = "exportEvaluationResultsXlsx", summary = "A published round's results as Excel",
            description = "Per platform its rank, every item's points, the totals and the grade; a sheet 说明 with "
                    + "the round, reference date, knownAt and scheme. 404 ROUND_NOT_FOUND if unknown or not published.")
    public ResponseEntity<byte[]> resultsXlsx(@PathVariable String roundId) {
        RoundRow round = published(roundId);
        ProposalRow proposal = rounds.published(round).orElseThrow();
        byte[] bytes = XlsxExport.write(List.of(RoundExports.results(details.publishedResults(round), round.scheme())),
                notes(round, proposal));
        return file("evaluation-results-" + roundId + ".xlsx", XlsxExport.MEDIA_TYPE, bytes);
    }

    @GetMapping(path = "/evaluation-rounds/{roundId}/results.pdf", produces = "application/pdf")
    @Operation(operationId = "exportEvaluationResultsPdf", summary = "A published round's results as a PDF",
            description = "In Chinese, pages numbered. 404 ROUND_NOT_FOUND if unknown or not published; 503 when "
                    + "the server has no Chinese font.")
    public ResponseEntity<byte[]> resultsPdf(@PathVariable String roundId) {
        RoundRow round = published(roundId);
        ProposalRow proposal = rounds.published(round).orElseThrow();
        byte[] pdf;
        try {
            pdf = EvaluationResultsPdf.render(details.of(round), proposal.knownAt(), round.scheme(), font.font(),
                    clock.getZone(), clock.instant());
        } catch (CjkFont.MissingFontException e) {
            throw new QueryProblem(ErrorCode.SERVICE_UNAVAILABLE, null, e.getMessage());
        }
        return file("evaluation-results-" + roundId + ".pdf", MediaType.APPLICATION_PDF_VALUE, pdf);
    }

    @GetMapping("/evaluation-rounds/{roundId}/history")
    @Operation(operationId = "getEvaluationRoundHistory",
            summary = "Every event of the round (opened, panel scores, proposals, publication) with who and when",
            description = "Read from the event store, as a platform's history. 404 ROUND_NOT_FOUND.")
    public List<HistoryEntry> roundHistory(@PathVariable String roundId) {
        return history.history(find(roundId).roundId());
    }

    @GetMapping("/platforms/{platformId}/evaluation-results")
    @Operation(operationId = "getEvaluationResults", summary = "A platform's published evaluation results by year: "
            + "round, grade, total, objective and panel points, rank among the round's platforms, knownAt, event")
    public PlatformEvaluationResultsView platformResults(@PathVariable String platformId,
                                                         @RequestParam(required = false) Long minVersion) {
        String id = reads.platform(platformId, minVersion).platformId();
        return new PlatformEvaluationResultsView(id, rounds.platformResults(id));
    }

    /** The round, if it exists and the user's programme scope reaches it; otherwise 404, the same for both. */
    private RoundRow find(String roundId) {
        RoundRow round = rounds.find(roundId).orElse(null);
        LedgerUser user = LedgerUser.current();
        if (round == null || (user != null && !user.reaches(round.programmeId()))) {
            throw new QueryProblem(ErrorCode.ROUND_NOT_FOUND, "roundId", "no evaluation round " + roundId);
        }
        return round;
    }

    private RoundRow published(String roundId) {
        RoundRow round = find(roundId);
        if (round.status() != RoundStatus.PUBLISHED) {
            throw new QueryProblem(ErrorCode.ROUND_NOT_FOUND, "roundId", "evaluation round " + roundId
                    + " has no published results yet (status " + round.status() + ")");
        }
        return round;
    }

    private Map<String, String> notes(RoundRow round, ProposalRow proposal) {
        RoundView view = round.view();
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("内容", view.kindZh() + "结果 evaluation results");
        notes.put("评价轮次", round.roundId());
        notes.put("计划", round.programmeId() + (round.batch() == null ? "" : " 第" + round.batch() + "批"));
        notes.put("评价基准日 referenceDate", round.referenceDate().toString());
        notes.put("客观得分数据截至 knownAt", ExportTimes.format(proposal.knownAt(), clock.getZone()) + "（"
                + proposal.knownAt() + "）");
        notes.put("评价方案", round.schemeId() + " v" + round.schemeVersion());
        notes.put("发布时间", round.publishedAt() == null ? "" : ExportTimes.format(round.publishedAt(), clock.getZone()));
        notes.put("提议人", proposal.proposedBy());
        notes.put("生成时间", ExportTimes.format(clock.instant(), clock.getZone()));
        return notes;
    }

    private static ResponseEntity<byte[]> file(String name, String mediaType, byte[] bytes) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType(mediaType))
                .body(bytes);
    }
}
