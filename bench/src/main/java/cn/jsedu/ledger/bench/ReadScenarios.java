package cn.jsedu.ledger.bench;

import cn.jsedu.ledger.query.eventstream.XidOrderedEventSource;
import cn.jsedu.ledger.query.readmodel.ReadModelRebuild;
import cn.jsedu.ledger.query.readmodel.ReadModelReset;
import cn.jsedu.ledger.query.readmodel.ReadModels;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.ConfigurableApplicationContext;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/** S5 (rebuild), S7 (audit replay), S8 (dashboards against their raw SQL) and the catch-up waits they need. */
final class ReadScenarios {

    private final Plan plan;
    private final Report report;
    private final Pg pg;
    private final String db;

    /** Scenarios on the event store and read models of database {@code db} of the run's PostgreSQL. */
    ReadScenarios(Plan plan, Report report, Pg pg, String db) {
        this.plan = plan;
        this.report = report;
        this.pg = pg;
        this.db = db;
    }

    /** S5 / S9: {@code ReadModelRebuild.rebuild()} (what the admin endpoint calls) until every event is applied. */
    void rebuild(String id, String label, ConfigurableApplicationContext query, CommandScenarios.Step paired)
            throws Exception {
        rebuild(id, label, query, paired, plan.reps());
    }

    void rebuild(String id, String label, ConfigurableApplicationContext query, CommandScenarios.Step paired,
                 int reps) throws Exception {
        for (int rep = 0; rep < reps; rep++) {
            paired.run();
            long events = scalar("SELECT count(*) FROM event_store.domain_event_entry");
            Cpu.Meter cpu = new Cpu.Meter(pg.postmasterPid).start();
            ReadModelRebuild rebuild = query.getBean(ReadModelRebuild.class);
            rebuild.rebuild();
            awaitSwappedIn(rebuild, Duration.ofMinutes(30));
            awaitCaughtUp(query, Duration.ofMinutes(30));
            Cpu.Usage usage = cpu.stop();
            report.add(id, label + " (" + events + " events)", "events/s", events / usage.wallSeconds());
            report.cpu(id, usage, events, "event");
        }
    }

    /**
     * The bulk rebuild runs in the background while the old read model (and its processor) go on: wait for its swap
     * (the phase is read without touching the database; the status's counts would load what is measured).
     */
    private static void awaitSwappedIn(ReadModelRebuild rebuild, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (rebuild.phase() != ReadModelRebuild.Phase.PROJECTING) {
            if (rebuild.phase() == ReadModelRebuild.Phase.FAILED) {
                throw new IllegalStateException("the rebuild failed: " + rebuild.status().error());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the rebuild did not finish within " + timeout);
            }
            LockSupport.parkNanos(20_000_000);
        }
    }

    /** Waits until every segment of the read-models processor has passed the head of the store as it is now. */
    static void awaitCaughtUp(ConfigurableApplicationContext query, Duration timeout) {
        StreamingEventProcessor processor = query.getBean(EventProcessingConfiguration.class)
                .eventProcessor(ReadModels.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        @SuppressWarnings("unchecked")
        StreamableMessageSource<?> source = query.containsBean("stockEventSource")
                ? query.getBean("stockEventSource", StreamableMessageSource.class)
                : query.getBean(XidOrderedEventSource.class);
        TrackingToken head = source.createHeadToken();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            boolean all = !status.isEmpty() && status.size() >= segments(query) && status.values().stream()
                    .allMatch(s -> s.getError() == null && covers(s.getTrackingToken(), head));
            if (all) {
                return;
            }
            LockSupport.parkNanos(20_000_000);
        }
        throw new IllegalStateException("the read models did not catch up within " + timeout);
    }

    private static boolean covers(TrackingToken token, TrackingToken head) {
        TrackingToken position = WrappedToken.unwrapLowerBound(token);
        return head == null || position != null && position.covers(head);
    }

    private static int segments(ConfigurableApplicationContext query) {
        Integer n = query.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                "SELECT count(*) FROM read_model.token_entry WHERE processor_name = ?", Integer.class,
                ReadModels.PROCESSING_GROUP);
        return n == null ? 1 : n;
    }

    /** Empties the read models and forgets the processors' positions (only with every query side stopped). */
    void resetReadModels() throws SQLException {
        try (Connection c = pg.connect(db); Statement s = c.createStatement()) {
            s.execute("TRUNCATE " + ReadModelReset.TABLES);
            s.execute("DELETE FROM read_model.token_entry");
        }
    }

    /** S7: GET /platforms/{id}/state?atVersion=n replays n + 1 events from the store; events per second. */
    void replay(String queryBase, String platform, int atVersion, CommandScenarios.Step paired) throws Exception {
        String url = queryBase + "/api/v1/platforms/" + platform + "/state?atVersion=" + atVersion;
        Http.expectGet(url);
        for (int rep = 0; rep < plan.reps(); rep++) {
            paired.run();
            long[] ns = new long[plan.replays()];
            for (int i = 0; i < ns.length; i++) {
                long t0 = System.nanoTime();
                Http.expectGet(url);
                ns[i] = System.nanoTime() - t0;
            }
            double seconds = Stats.percentile(ns, 50) / 1e9;
            report.add("S7", "audit replay state?atVersion of " + (atVersion + 1) + " events (median request)",
                    "events/s", (atVersion + 1) / seconds);
        }
    }

    /**
     * S8: balances of one platform and a page of programme compliance through the API, each interleaved with the
     * SQL statements behind it run raw over JDBC (rows read, nothing computed); p99 of each.
     */
    void dashboards(String size, String queryBase, List<String> balancePlatforms, int reads) throws Exception {
        long platforms = scalar("SELECT count(*) FROM read_model.platform");
        int pages = (int) Math.max(1, platforms / 100);
        Http.expectGet(queryBase + "/api/v1/programme/compliance?page=0&size=100");
        try (Connection c = pg.connect(db)) {
            for (int rep = 0; rep < plan.reps(); rep++) {
                long[][] ns = new long[4][reads];
                for (int i = 0; i < reads; i++) {
                    String platform = Workload.pick(balancePlatforms);
                    int page = ThreadLocalRandom.current().nextInt(pages);
                    long t0 = System.nanoTime();
                    Baselines.rawBalances(c, platform);
                    long t1 = System.nanoTime();
                    Http.expectGet(queryBase + "/api/v1/platforms/" + platform + "/balances");
                    long t2 = System.nanoTime();
                    Baselines.rawCompliancePage(c, page, 100);
                    long t3 = System.nanoTime();
                    Http.expectGet(queryBase + "/api/v1/programme/compliance?page=" + page + "&size=100");
                    long t4 = System.nanoTime();
                    ns[0][i] = t1 - t0;
                    ns[1][i] = t2 - t1;
                    ns[2][i] = t3 - t2;
                    ns[3][i] = t4 - t3;
                }
                String at = " at " + platforms + " platforms";
                report.add("S8.balances.sql." + size, "balances of one platform, raw SQL p99" + at, "ms",
                        Stats.percentile(ns[0], 99) / 1e6);
                report.add("S8.balances.api." + size, "balances of one platform, API p99" + at, "ms",
                        Stats.percentile(ns[1], 99) / 1e6);
                report.add("S8.page.sql." + size, "programme compliance page (100 rows), raw SQL p99" + at, "ms",
                        Stats.percentile(ns[2], 99) / 1e6);
                report.add("S8.page.api." + size, "programme compliance page (100 rows), API p99" + at, "ms",
                        Stats.percentile(ns[3], 99) / 1e6);
            }
        }
    }

    long scalar(String sql) throws SQLException {
        try (Connection c = pg.connect(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Waits until the read model shows every listed platform at {@code version} (S8 / S11 set-up). */
    void awaitVersions(List<String> platforms, long version, Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection c = pg.connect(db);
             var s = c.prepareStatement("SELECT count(*) FROM read_model.platform WHERE platform_id = ANY(?) "
                     + "AND version >= ?")) {
            s.setArray(1, c.createArrayOf("varchar", platforms.toArray()));
            s.setLong(2, version);
            while (true) {
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == platforms.size()) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the read model did not reach version " + version + " of "
                            + platforms.size() + " platforms within " + timeout);
                }
                LockSupport.parkNanos(20_000_000);
            }
        }
    }
}
