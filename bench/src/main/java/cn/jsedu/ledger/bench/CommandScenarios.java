package cn.jsedu.ledger.bench;

import cn.jsedu.ledger.command.platform.CommandResult;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.springframework.context.ConfigurableApplicationContext;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/** S1-S4 and S6: money commands through the gateway and the API, a hot platform, visibility, big aggregates. */
final class CommandScenarios {

    static final int CLIENTS = 8;

    /** A measurement run right before each repetition: the baseline a ratio is taken against, side by side. */
    @FunctionalInterface
    interface Step {
        Step NONE = () -> { };

        void run() throws Exception;
    }

    private final Plan plan;
    private final Report report;

    CommandScenarios(Plan plan, Report report) {
        this.plan = plan;
        this.report = report;
    }

    /** S1 (and the stock peer): 8 clients, installments and expenditures over the platforms, via the gateway. */
    void gateway(String id, String label, CommandGateway gateway, List<String> platforms, long postmaster,
                 Step paired) throws Exception {
        measure(id, label, postmaster, paired,
                (client, n) -> Workload.send(gateway, Workload.command(Workload.pick(platforms), n)));
    }

    /** S2 / S3: the same commands as API calls (each with an Idempotency-Key) from 8 HTTP clients. */
    void http(String id, String label, String commandBase, List<String> platforms, long postmaster, Step paired)
            throws Exception {
        Workload.post(commandBase, platforms.get(0), 0); // the first request initialises Spring MVC: not timed
        measure(id, label, postmaster, paired, (client, n) -> Workload.post(commandBase, Workload.pick(platforms), n));
    }

    /**
     * Settles the code path (Plan.settle), then each repetition: its paired baseline, then the timed closed loop
     * with the CPU of this JVM and of PostgreSQL metered over it.
     */
    private void measure(String id, String label, long postmaster, Step paired, Load.Op op) throws Exception {
        settle(plan, report, id, op);
        for (int rep = 0; rep < plan.reps(); rep++) {
            paired.run();
            Cpu.Meter cpu = new Cpu.Meter(postmaster).start();
            Load.Result r = Load.closed(CLIENTS, plan.warmup(), plan.window(), op);
            Cpu.Usage usage = cpu.stop();
            report.add(id, label, "cmds/s", r.perSecond());
            report.add(id + ".p50", label + ", latency p50", "ms", r.p(50));
            errors(id, r);
            report.cpu(id, usage, r.perSecond() * usage.wallSeconds(), "command");
        }
    }

    /**
     * Untimed load for Plan.settle, then on while the JIT compilers still use more than a tenth of a core, for at
     * most three more settle periods: on a busy machine C2 takes minutes over the web stack.
     */
    static void settle(Plan plan, Report report, String id, Load.Op op) {
        long started = System.nanoTime();
        Load.settle(CLIENTS, plan.settle(), op);
        Duration step = plan.settle().dividedBy(6);
        for (int i = 0; i < 18; i++) {
            double jit0 = Cpu.jitSeconds();
            Load.settle(CLIENTS, step, op);
            double share = (Cpu.jitSeconds() - jit0) / (step.toNanos() / 1e9);
            if (!(share > 0.1)) {
                break;
            }
        }
        report.note(String.format(java.util.Locale.ROOT, "%s settled for %.0f s before its first repetition", id,
                (System.nanoTime() - started) / 1e9));
    }

    private void errors(String id, Load.Result r) {
        if (r.errors() > 0) {
            report.note(id + ": " + r.errors() + " requests failed as seen by the client; first: " + r.firstError());
        }
    }

    /**
     * S4: commands at a fixed rate; for each, the time from its acknowledgement until the balance read model
     * (read_model.platform.version, which every read-model table moves with) shows its version. An observer
     * polls the versions of the platforms with pending commands about every 0.5 ms.
     */
    void visibility(String id, String label, CommandGateway gateway, List<String> platforms, Pg pg, String db,
                    double rate, Step paired) throws Exception {
        for (int rep = 0; rep < plan.reps(); rep++) {
            paired.run();
            Map<String, Queue<long[]>> pending = new ConcurrentHashMap<>();
            Stats.Longs seen = new Stats.Longs();
            AtomicBoolean loadDone = new AtomicBoolean();
            Thread observer = new Thread(() -> observe(pg, db, pending, seen, loadDone), "s4-observer");
            observer.start();
            long timedFrom = System.nanoTime() + plan.warmup().toNanos();
            Load.Result r = Load.open(CLIENTS, rate, plan.warmup(), plan.window(), (client, n) -> {
                String platform = Workload.pick(platforms);
                CommandResult result = Workload.send(gateway, Workload.command(platform, n));
                long ack = System.nanoTime();
                pending.computeIfAbsent(platform, k -> new ConcurrentLinkedQueue<>())
                        .add(new long[]{result.version(), ack, ack >= timedFrom ? 1 : 0});
            });
            loadDone.set(true);
            observer.join();
            long[] latencies = seen.toArray();
            report.add(id + ".p50", label + ", p50", "ms", Stats.percentile(latencies, 50) / 1e6);
            report.add(id + ".p99", label + ", p99", "ms", Stats.percentile(latencies, 99) / 1e6);
            report.add(id + ".rate", label + ", offered load achieved", "cmds/s", r.perSecond());
            errors(id, r);
        }
    }

    private static void observe(Pg pg, String db, Map<String, Queue<long[]>> pending, Stats.Longs seen,
                                AtomicBoolean loadDone) {
        long giveUpAt = Long.MAX_VALUE;
        try (Connection c = pg.connect(db);
             PreparedStatement versions = c.prepareStatement(
                     "SELECT platform_id, version FROM read_model.platform WHERE platform_id = ANY(?)")) {
            while (System.nanoTime() < giveUpAt) {
                List<String> waiting = pending.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                        .map(Map.Entry::getKey).toList();
                if (waiting.isEmpty()) {
                    if (loadDone.get()) {
                        return;
                    }
                    LockSupport.parkNanos(200_000);
                    continue;
                }
                if (loadDone.get() && giveUpAt == Long.MAX_VALUE) {
                    giveUpAt = System.nanoTime() + 60_000_000_000L;
                }
                Array ids = c.createArrayOf("varchar", waiting.toArray());
                versions.setArray(1, ids);
                try (ResultSet rs = versions.executeQuery()) {
                    long now = System.nanoTime();
                    while (rs.next()) {
                        Queue<long[]> q = pending.get(rs.getString(1));
                        long version = rs.getLong(2);
                        for (long[] p = q.peek(); p != null && p[0] <= version; p = q.peek()) {
                            q.poll();
                            if (p[2] == 1) {
                                seen.add(now - p[1]);
                            }
                        }
                    }
                }
                LockSupport.parkNanos(500_000);
            }
        } catch (Exception e) {
            throw new IllegalStateException("S4 observer failed", e);
        }
    }

    /**
     * S6: one command on a platform of {@code bigPlatform} events. The product as configured (snapshot every 250
     * events, aggregate cache) with the cache warm and with it emptied first, against an instance without snapshots
     * and cache on a twin platform that never had a snapshot.
     */
    void bigAggregate(ConfigurableApplicationContext product, ConfigurableApplicationContext noSnapshots,
                      String withSnapshots, String without) {
        CommandGateway gateway = Apps.gateway(product);
        Cache cache = product.getBean("platformCache", Cache.class);
        long t0 = System.nanoTime();
        Workload.send(gateway, Workload.command(withSnapshots, 0));
        report.note(String.format(java.util.Locale.ROOT, "S6: first command on %s (all %d events, then a snapshot) "
                + "took %.0f ms", withSnapshots, plan.bigPlatform(), (System.nanoTime() - t0) / 1e6));
        System.gc();
        report.note("S6: after a full GC the aggregate cache (" + cache.getClass().getSimpleName() + ") "
                + (cache.containsKey(withSnapshots) ? "still holds" : "no longer holds") + " the platform");
        CommandGateway plain = Apps.gateway(noSnapshots);
        for (int rep = 0; rep < plan.reps(); rep++) {
            report.add("S6.cached", "command on a 10k-event platform, snapshot + cache (warm)", "ms",
                    timed(() -> Workload.send(gateway, Workload.command(withSnapshots, 0)), () -> { }));
            report.add("S6.snapshot", "command on a 10k-event platform, snapshot, cache emptied", "ms",
                    timed(() -> Workload.send(gateway, Workload.command(withSnapshots, 0)), cache::removeAll));
            report.add("S6.nosnapshot", "command on a 10k-event platform, no snapshot, no cache", "ms",
                    timed(() -> Workload.send(plain, Workload.command(without, 0)), () -> { }));
        }
    }

    /** The median of {@code loads} timed runs, each after an untimed {@code before}. */
    private double timed(Runnable command, Runnable before) {
        long[] ns = new long[plan.loads()];
        for (int i = 0; i < ns.length; i++) {
            before.run();
            long t0 = System.nanoTime();
            command.run();
            ns[i] = System.nanoTime() - t0;
        }
        return Stats.percentile(ns, 50) / 1e6;
    }
}
