package cn.jsedu.ledger.query.reconciliation;

import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.query.audit.ReplayedPlatform;
import cn.jsedu.ledger.query.audit.StateReplay;
import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.eventstream.ProcessorPositions;
import cn.jsedu.ledger.query.eventstream.XidIndexToken;
import cn.jsedu.ledger.query.ledger.Balances;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.programme.ProgrammeTotals;
import cn.jsedu.ledger.query.readmodel.ReadModels;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks that every read model agrees with a fold of the event store (ADR 0017). The programme is walked in platform
 * id order, a part at a time; each part is read in one read-only REPEATABLE READ snapshot, so the processor's token,
 * the read-model rows written with it and the events are all of one moment: a platform is compared at the version its
 * read model had there ({@link ComparisonPoint}), so lag is told apart from disagreement.
 *
 * <p>A pass over the whole programme ends by comparing the programme totals. An on-demand run is always a whole pass;
 * a scheduled run goes on where the last one stopped, for at most {@code platforms-per-run} platforms. The report
 * keeps each platform's latest findings until it is checked again. Runs of one instance take turns; instances do not
 * coordinate (each checks and reports on its own: reading is all it does).
 */
@Service
public class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

    private final StoredHeads heads;
    private final PlatformQueries platforms;
    private final BalanceQueries balances;
    private final StateReplay replay;
    private final ProgrammeTotals programmeTotals;
    private final ProcessorPositions positions;
    private final TransactionTemplate snapshot;
    private final ReconciliationSettings settings;
    private final Clock clock;
    private final MeterRegistry registry;
    private final PublishedRoundsCheck publishedRounds;

    // --- guarded by this
    private Pass pass;
    private final Map<String, List<Disagreement>> standing = new TreeMap<>();
    private final Map<String, LaggingPlatform> lagging = new TreeMap<>();
    private List<Disagreement> programmeFindings = List.of();
    private Instant programmeCheckedAt;
    // ---

    private volatile ReconciliationReport latest;
    private volatile Failure lastFailure;

    /** A run that did not finish, for health: when, and why. */
    public record Failure(Instant at, String error) {
    }

    /** A pass over the programme, which may take several scheduled runs. */
    private static final class Pass {
        final Instant startedAt;
        final ProgrammeComparison programme = new ProgrammeComparison();
        String cursor = "";

        Pass(Instant startedAt) {
            this.startedAt = startedAt;
        }
    }

    /** What one part's snapshot gave; applied to the standing findings only once its transaction has ended. */
    private record Part(List<String> ids, Map<String, List<Disagreement>> findings, List<LaggingPlatform> lagging,
                        Map<PlatformStatus, ProgrammeTotals.StatusTotals> programmeReadModel,
                        List<FoldedPlatform> folded) {
    }

    private record FoldedPlatform(PlatformStatus status, Balances balances) {
    }

    public Reconciliation(StoredHeads heads, PlatformQueries platforms, BalanceQueries balances, StateReplay replay,
                          ProgrammeTotals programmeTotals, JdbcTemplate jdbc, TokenSchema tokenSchema,
                          PlatformTransactionManager transactions, ReconciliationSettings settings, Clock clock,
                          MeterRegistry registry, PublishedRoundsCheck publishedRounds) {
        this.publishedRounds = publishedRounds;
        this.heads = heads;
        this.platforms = platforms;
        this.balances = balances;
        this.replay = replay;
        this.programmeTotals = programmeTotals;
        this.positions = new ProcessorPositions(jdbc, tokenSchema);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
        this.settings = settings;
        this.clock = clock;
        this.registry = registry;
    }

    /** The report of the last run, if there was one. */
    public Optional<ReconciliationReport> latest() {
        return Optional.ofNullable(latest);
    }

    /** The last run that failed, if no run has finished since. */
    public Optional<Failure> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /** Every platform, then the programme totals: a whole pass. */
    public ReconciliationReport runAll() {
        return run(ReconciliationReport.Trigger.ON_DEMAND);
    }

    /** The next {@code platforms-per-run} platforms of the current pass (a new one if none is under way). */
    public ReconciliationReport runScheduled() {
        return run(ReconciliationReport.Trigger.SCHEDULE);
    }

    private synchronized ReconciliationReport run(ReconciliationReport.Trigger trigger) {
        Timer.Sample timing = Timer.start(registry);
        Instant started = clock.instant();
        boolean whole = trigger == ReconciliationReport.Trigger.ON_DEMAND;
        if (whole || pass == null) {
            pass = new Pass(started);
        }
        int budget = whole ? Integer.MAX_VALUE : settings.platformsPerRun();
        int checked = 0;
        boolean completed = false;
        try {
            while (!completed && checked < budget) {
                int limit = Math.min(settings.chunkSize(), budget - checked);
                Part part = snapshot.execute(status -> check(pass.cursor, limit));
                apply(part);
                checked += part.ids().size();
                completed = part.ids().size() < limit;
            }
            Instant finished = clock.instant();
            if (completed) {
                complete(finished);
            }
            ReconciliationReport report = publish(
                    new ReconciliationReport.ReconciliationRun(trigger, started, finished, checked, completed));
            lastFailure = null;
            timing.stop(timer(trigger, "completed"));
            if (report.disagreementCount() > 0) {
                log.error("Reconciliation: {} disagreement(s) between the read models and the event store, e.g. {}",
                        report.disagreementCount(), report.disagreements().get(0));
            }
            return report;
        } catch (RuntimeException e) {
            lastFailure = new Failure(clock.instant(), e.toString());
            timing.stop(timer(trigger, "failed"));
            throw e;
        }
    }

    /** One part of the programme, in the caller's snapshot transaction. */
    private Part check(String after, int limit) {
        XidIndexToken applied = positions.slowestSegment(ReadModels.PROCESSING_GROUP);
        List<String> ids = heads.next(after, limit);
        if (ids.isEmpty()) {
            return new Part(ids, Map.of(), List.of(), Map.of(), List.of());
        }
        String upTo = ids.get(ids.size() - 1);
        Map<String, StoredHeads.Heads> stored = heads.heads(after, upTo, applied);
        Map<PlatformStatus, ProgrammeTotals.StatusTotals> programme = programmeTotals.byStatus(after, upTo);
        Map<String, List<Disagreement>> findings = new TreeMap<>();
        List<LaggingPlatform> behind = new ArrayList<>();
        List<FoldedPlatform> folded = new ArrayList<>();
        Instant now = clock.instant();
        for (String id : ids) {
            Findings found = new Findings(id, now);
            Optional<PlatformRow> row = platforms.find(id);
            long readVersion = row.map(PlatformRow::version).orElse(-1L);
            StoredHeads.Heads head = stored.getOrDefault(id, StoredHeads.Heads.NONE);
            ComparisonPoint point = ComparisonPoint.of(readVersion, head.head(), head.applied());
            if (point.verdict().disagrees()) {
                found.add(Disagreement.Kind.VERSION, "version", version(readVersion), version(point.at()));
            } else if (point.verdict() == ComparisonPoint.Verdict.LAGGING) {
                behind.add(new LaggingPlatform(id, row.isPresent() ? readVersion : null, head.head(), now));
            }
            Optional<ReplayedPlatform> events = point.at() < 0 ? Optional.empty() : replay.fold(id, point.at());
            if (events.isPresent()) {
                ReplayedPlatform platform = events.get();
                Balances eventBalances = Balances.of(platform.lines(), platform.plan(), platform.provincialAdjustment(),
                        null, null);
                folded.add(new FoldedPlatform(platform.status(), eventBalances));
                row.ifPresent(r -> PlatformComparison.compare(found, r, balances.inputs(r, null), platform, eventBalances));
            }
            if (!found.list().isEmpty()) {
                findings.put(id, found.list());
            }
        }
        return new Part(ids, findings, behind, programme, folded);
    }

    private static String version(long version) {
        return version < 0 ? Disagreement.ABSENT : Long.toString(version);
    }

    private void apply(Part part) {
        for (String id : part.ids()) {
            standing.remove(id);
            lagging.remove(id);
        }
        standing.putAll(part.findings());
        part.lagging().forEach(l -> lagging.put(l.platformId(), l));
        pass.programme.addReadModel(part.programmeReadModel());
        part.folded().forEach(f -> pass.programme.addEvents(f.status(), f.balances()));
        if (!part.ids().isEmpty()) {
            pass.cursor = part.ids().get(part.ids().size() - 1);
        }
    }

    /** The pass reached the last platform: compare the programme; forget platforms it no longer found. */
    private void complete(Instant finished) {
        List<Disagreement> programme = new ArrayList<>(pass.programme.disagreements(finished));
        // the published evaluation rounds once per pass, as the programme totals (a round spans many platforms)
        programme.addAll(publishedRounds.disagreements(finished));
        programmeFindings = List.copyOf(programme);
        programmeCheckedAt = finished;
        Instant passStarted = pass.startedAt;
        standing.values().removeIf(found -> found.get(0).checkedAt().isBefore(passStarted));
        lagging.values().removeIf(l -> l.checkedAt().isBefore(passStarted));
        pass = null;
    }

    private ReconciliationReport publish(ReconciliationReport.ReconciliationRun run) {
        List<Disagreement> all = new ArrayList<>();
        standing.values().forEach(all::addAll);
        all.addAll(programmeFindings);
        Map<Disagreement.Kind, Long> byKind = new EnumMap<>(Disagreement.Kind.class);
        for (Disagreement.Kind kind : Disagreement.Kind.values()) {
            byKind.put(kind, 0L);
        }
        all.forEach(d -> byKind.merge(d.kind(), 1L, Long::sum));
        List<Disagreement> listed = all.stream().sorted(Comparator.comparing(Disagreement::platformId,
                Comparator.nullsLast(Comparator.naturalOrder()))).limit(settings.reportLimit()).toList();
        latest = new ReconciliationReport(run, programmeCheckedAt, all.size(), byKind, listed,
                List.copyOf(lagging.values()));
        return latest;
    }

    private Timer timer(ReconciliationReport.Trigger trigger, String outcome) {
        return Timer.builder("ledger.reconciliation.run")
                .description("Reconciliation runs (read models against the event store): how long they took")
                .tag("trigger", trigger.name().toLowerCase(Locale.ROOT)).tag("outcome", outcome)
                .register(registry);
    }
}
