package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.evaluation.EvaluationScheme;
import cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes;
import cn.jsedu.ledger.query.evaluation.EvaluationExports;
import cn.jsedu.ledger.query.evaluation.EvaluationQueries;
import cn.jsedu.ledger.query.evaluation.EvaluationRankingView;
import cn.jsedu.ledger.query.evaluation.ObjectiveScoresView;
import cn.jsedu.ledger.query.export.CjkFont;
import cn.jsedu.ledger.query.export.CsvExport;
import cn.jsedu.ledger.query.export.EvaluationRankingPdf;
import cn.jsedu.ledger.query.export.ExportTable;
import cn.jsedu.ledger.query.export.ExportTimes;
import cn.jsedu.ledger.query.export.XlsxExport;
import cn.jsedu.ledger.query.eventstream.EventStoreReader;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.programme.ProgrammeQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluation (绩效评价, 中期检查; docs/domain.md §8, ADR 0026): the objective scores of a platform, and the ranking of a
 * programme's platforms, as of a reference date (default today) and as known at a time (default now; the answer says
 * which instant, so asking again as known at it gives the same scores). A college officer reads its own platform's
 * scores only (another college's platform is 404); rankings are for those who read the whole programme.
 */
@RestController
@Tag(name = "Evaluation", description = "Objective evaluation scores and rankings, traceable to events")
@RequestMapping(path = "/api/v1", produces = "application/json")
public class EvaluationQueryController {

    private final EvaluationQueries evaluations;
    private final ReadYourWrites reads;
    private final ProgrammeQueries programmes;
    private final QueryTimes times;
    private static final int SETTLE_PAGE = 500;

    private final CjkFont font;
    private final Clock clock;
    private final EventStoreReader events;
    private final PlatformQueries platforms;

    public EvaluationQueryController(EvaluationQueries evaluations, ReadYourWrites reads, ProgrammeQueries programmes,
                                     QueryTimes times, CjkFont font, Clock clock, EventStoreReader events,
                                     PlatformQueries platforms) {
        this.events = events;
        this.platforms = platforms;
        this.font = font;
        this.evaluations = evaluations;
        this.reads = reads;
        this.programmes = programmes;
        this.times = times;
        this.clock = clock;
    }

    @GetMapping("/platforms/{platformId}/evaluation-scores")
    @Operation(operationId = "getEvaluationScores",
            summary = "A platform's objective evaluation scores as of a reference date, as known at a time, with the "
                    + "figures and events behind each item",
            description = "Scores are centipoints (hundredths of a point). 422 PLATFORM_NOT_APPROVED if the platform "
                    + "was not approved as known at knownAt; 404 if it was not yet declared then.")
    public ObjectiveScoresView scores(@PathVariable String platformId,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate referenceDate,
                                      @RequestParam(required = false) Instant knownAt,
                                      @RequestParam(required = false) Integer schemeVersion,
                                      @RequestParam(required = false) Long minVersion) {
        EvaluationScheme scheme = scheme(schemeVersion);
        LocalDate date = reference(referenceDate);
        times.knownAt(knownAt);
        PlatformRow row = reads.platform(platformId, minVersion);
        Instant at = knownAt;
        if (knownAt == null) {
            at = evaluations.knownAtOrNow(null);
            row = settled(row);
        }
        Instant asked = at;
        return evaluations.platform(row, date, at, scheme).orElseThrow(() -> new QueryProblem(
                ErrorCode.PLATFORM_NOT_APPROVED, "knownAt", "platform " + platformId
                + " was not approved as known at " + asked + ": nothing to evaluate"));
    }

    @GetMapping("/programmes/{programmeId}/evaluation-ranking")
    @Operation(operationId = "getEvaluationRanking",
            summary = "The programme's approved platforms (of one batch if named) ranked by objective evaluation "
                    + "scores as of a reference date, as known at a time")
    public EvaluationRankingView ranking(@PathVariable String programmeId,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate referenceDate,
                                         @RequestParam(required = false) Instant knownAt,
                                         @RequestParam(required = false) Integer batch,
                                         @RequestParam(required = false) Integer schemeVersion) {
        return rank(programmeId, referenceDate, knownAt, batch, schemeVersion);
    }

    @GetMapping(path = "/programmes/{programmeId}/evaluation-ranking.pdf", produces = "application/pdf")
    @Operation(operationId = "exportEvaluationRankingPdf", summary = "An evaluation ranking as a PDF",
            description = "In Chinese: the reference date, the knownAt the scores were computed as known at, the "
                    + "scheme version, each platform's rank and points per objective item, and an appendix of the "
                    + "events behind every score; pages numbered. 503 when the server has no Chinese font.")
    public ResponseEntity<byte[]> rankingPdf(@PathVariable String programmeId,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate referenceDate,
                                             @RequestParam(required = false) Instant knownAt,
                                             @RequestParam(required = false) Integer batch,
                                             @RequestParam(required = false) Integer schemeVersion) {
        EvaluationRankingView ranking = rank(programmeId, referenceDate, knownAt, batch, schemeVersion);
        byte[] pdf;
        try {
            pdf = EvaluationRankingPdf.render(ranking, scheme(schemeVersion), font.font(), clock.getZone(),
                    clock.instant());
        } catch (CjkFont.MissingFontException e) {
            throw new QueryProblem(ErrorCode.SERVICE_UNAVAILABLE, null, e.getMessage());
        }
        return file("evaluation-ranking-" + programmeId + ".pdf", MediaType.APPLICATION_PDF_VALUE, pdf);
    }

    @GetMapping(path = "/programmes/{programmeId}/evaluation-ranking.{format:csv|xlsx}",
            produces = {CsvExport.MEDIA_TYPE, XlsxExport.MEDIA_TYPE})
    @Operation(operationId = "exportEvaluationRanking", summary = "Export an evaluation ranking (CSV or Excel)",
            description = "The ranking's rows with each objective item's points, target and event ids; the Excel "
                    + "workbook adds a sheet 说明 with the reference date, the knownAt the scores were computed as "
                    + "known at, and the scheme version.")
    public ResponseEntity<byte[]> exportRanking(@PathVariable String programmeId, @PathVariable String format,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate referenceDate,
                                                @RequestParam(required = false) Instant knownAt,
                                                @RequestParam(required = false) Integer batch,
                                                @RequestParam(required = false) Integer schemeVersion) {
        EvaluationRankingView ranking = rank(programmeId, referenceDate, knownAt, batch, schemeVersion);
        ExportTable table = EvaluationExports.ranking(ranking, scheme(schemeVersion));
        String name = "evaluation-ranking-" + programmeId + "." + format;
        byte[] bytes = "xlsx".equals(format) ? XlsxExport.write(List.of(table), notes(ranking))
                : CsvExport.write(table);
        return file(name, "xlsx".equals(format) ? XlsxExport.MEDIA_TYPE : CsvExport.MEDIA_TYPE, bytes);
    }

    private static ResponseEntity<byte[]> file(String name, String mediaType, byte[] bytes) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType(mediaType))
                .body(bytes);
    }

    private EvaluationRankingView rank(String programmeId, LocalDate referenceDate, Instant knownAt, Integer batch,
                                       Integer schemeVersion) {
        EvaluationScheme scheme = scheme(schemeVersion);
        LocalDate date = reference(referenceDate);
        times.knownAt(knownAt);
        if (batch != null && (batch < 1 || batch > 99)) {
            throw new QueryProblem(ErrorCode.VALIDATION_FAILED, "batch", "batch is 1 to 99");
        }
        if (programmes.timeline(programmeId).isEmpty()) {
            throw new QueryProblem(ErrorCode.PROGRAMME_NOT_FOUND, "programmeId", "no programme " + programmeId);
        }
        Instant at = knownAt;
        if (knownAt == null) {
            at = evaluations.knownAtOrNow(null);
            for (int page = 0; ; page++) {
                List<PlatformRow> rows = platforms.list(new PlatformQueries.Filter(programmeId, null, batch, null), page,
                        SETTLE_PAGE).rows();
                rows.forEach(this::settled);
                if (rows.size() < SETTLE_PAGE) {
                    break;
                }
            }
        }
        return evaluations.ranking(programmeId, batch, date, at, scheme);
    }

    /**
     * The platform once the read model has applied every event the store held after "now" was fixed, so that the
     * answer as known at that instant is the answer a re-run as known at it gives (ADR 0026): waits as minVersion
     * does, 503 READ_MODEL_BEHIND past its bound.
     */
    private PlatformRow settled(PlatformRow row) {
        long last = events.lastSequenceOf(row.platformId());
        return last > row.version() ? reads.platform(row.platformId(), last) : row;
    }

    private LocalDate reference(LocalDate referenceDate) {
        return referenceDate == null ? LocalDate.now(clock) : times.date("referenceDate", referenceDate);
    }

    private static EvaluationScheme scheme(Integer version) {
        if (version == null) {
            return EvaluationSchemes.current();
        }
        return EvaluationSchemes.find(EvaluationSchemes.DEFAULT_SCHEME_ID, version).orElseThrow(() -> new QueryProblem(
                ErrorCode.VALIDATION_FAILED, "schemeVersion", "no evaluation scheme version " + version
                + "; the versions shipped: 1"));
    }

    private Map<String, String> notes(EvaluationRankingView ranking) {
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("内容", "绩效评价客观得分排名 evaluation ranking");
        notes.put("计划", ranking.programmeId() + (ranking.batch() == null ? "" : " 第" + ranking.batch() + "批"));
        notes.put("评价基准日 referenceDate", ranking.referenceDate().toString());
        notes.put("记录时间截至 knownAt", ExportTimes.format(ranking.knownAt(), clock.getZone()) + "（" + ranking.knownAt() + "）");
        notes.put("评价方案", ranking.schemeId() + " v" + ranking.schemeVersion());
        notes.put("生成时间", ExportTimes.format(clock.instant(), clock.getZone()));
        notes.put("追溯", "每一客观得分均由所列事件编号的事件计算而来；以同一 knownAt 再次查询得到相同得分");
        return notes;
    }
}
