package cn.jsedu.ledger.query.evaluation;

import cn.jsedu.ledger.kernel.evaluation.EvaluationScheme;
import cn.jsedu.ledger.kernel.evaluation.ItemKind;
import cn.jsedu.ledger.kernel.evaluation.SchemeItem;
import cn.jsedu.ledger.kernel.event.TaskBookSetEvent;
import cn.jsedu.ledger.kernel.report.PlatformReports;
import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.eventstream.EventStoreReader;
import cn.jsedu.ledger.query.platform.NotYetKnownException;
import cn.jsedu.ledger.query.platform.PlatformAsKnown;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.programme.ProgrammeQueries;
import cn.jsedu.ledger.query.reporting.ReportingRepository;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Objective evaluation scores (ADR 0026) of one platform or of a programme's platforms, as of a reference date and as
 * known at a time. Without a time the answer is computed as known now and says which instant that was (to the
 * millisecond), so that the same scores can be asked for again, and are given again, after later corrections.
 */
@Service
public class EvaluationQueries {

    private static final int CHUNK = 500;

    private final BalanceQueries balances;
    private final PlatformQueries platforms;
    private final ReportingRepository reports;
    private final ProgrammeQueries programmes;
    private final EventStoreReader events;
    private final Clock clock;

    public EvaluationQueries(BalanceQueries balances, PlatformQueries platforms, ReportingRepository reports,
                             ProgrammeQueries programmes, EventStoreReader events, Clock clock) {
        this.events = events;
        this.balances = balances;
        this.platforms = platforms;
        this.reports = reports;
        this.programmes = programmes;
        this.clock = clock;
    }

    /** The instant an answer "as known now" is computed for. */
    public Instant knownAtOrNow(Instant knownAt) {
        return knownAt != null ? knownAt : clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * One platform's objective scores; empty if it was not yet declared or not approved as known at {@code knownAt}
     * (there is no construction period to evaluate).
     */
    public Optional<ObjectiveScoresView> platform(PlatformRow row, LocalDate referenceDate, Instant knownAt,
                                                  EvaluationScheme scheme) {
        Instant at = knownAtOrNow(knownAt);
        BalanceQueries.Inputs in;
        try {
            in = balances.inputs(row, at);
        } catch (NotYetKnownException notDeclaredYet) {
            return Optional.empty();
        }
        PlatformAsKnown known = in.platform();
        if (known.constructionStart() == null) {
            return Optional.empty();
        }
        List<ItemScore> items = ObjectiveScores.compute(in, reportsKnownAt(row.platformId(), at), referenceDate, at,
                programmes.inForce(row, referenceDate, at), scheme);
        int full = scheme.itemsOf(ItemKind.OBJECTIVE).stream().mapToInt(SchemeItem::fullCentipoints).sum();
        return Optional.of(new ObjectiveScoresView(row.platformId(), row.title(), row.collegeName(), row.batch(),
                known.status(), known.version(), referenceDate, at, scheme.schemeId(), scheme.version(),
                items.stream().mapToInt(ItemScore::centipoints).sum(), full, items));
    }

    /**
     * The reports, task book and agreements as known at {@code at}. The read model keeps only the task book in force
     * now; when that one was recorded after {@code at}, the one in force then is folded from the platform's events
     * ({@link PlatformReports#withTaskBook}, the aggregate's own fold), so a task book revised later never changes a
     * score asked for as known before it.
     */
    private PlatformReports reportsKnownAt(String platformId, Instant at) {
        PlatformReports known = reports.knownAt(platformId, at);
        if (!reports.taskBookRecordedAfter(platformId, at)) {
            return known;
        }
        PlatformReports taskBook = PlatformReports.NONE;
        for (DomainEventMessage<?> event : events.readPlatform(platformId)) {
            if (event.getTimestamp().isAfter(at)) {
                break;
            }
            if (event.getPayload() instanceof TaskBookSetEvent set) {
                taskBook = taskBook.withTaskBook(set, event.getIdentifier());
            }
        }
        return new PlatformReports(known.reports(), known.actuals(), taskBook.targets(), known.agreementEvents());
    }

    /** The programme's platforms (of one batch if named) approved as known at {@code knownAt}, ranked. */
    public EvaluationRankingView ranking(String programmeId, Integer batch, LocalDate referenceDate, Instant knownAt,
                                         EvaluationScheme scheme) {
        Instant at = knownAtOrNow(knownAt);
        List<ObjectiveScoresView> all = new ArrayList<>();
        for (int chunk = 0; ; chunk++) {
            List<PlatformRow> rows = platforms.list(new PlatformQueries.Filter(programmeId, null, batch, null),
                    chunk, CHUNK).rows();
            rows.forEach(r -> platform(r, referenceDate, at, scheme).ifPresent(all::add));
            if (rows.size() < CHUNK) {
                break;
            }
        }
        all.sort(Comparator.comparingInt(ObjectiveScoresView::objectiveCentipoints).reversed()
                .thenComparing(ObjectiveScoresView::platformId));
        List<EvaluationRankingView.RankedPlatform> ranked = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            boolean tie = i > 0 && all.get(i).objectiveCentipoints() == all.get(i - 1).objectiveCentipoints();
            ranked.add(new EvaluationRankingView.RankedPlatform(tie ? ranked.get(i - 1).rank() : i + 1, all.get(i)));
        }
        return new EvaluationRankingView(programmeId, batch, referenceDate, at, scheme.schemeId(),
                scheme.version(), ranked);
    }
}
