package cn.jsedu.ledger.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * S10 and S11: the services as separate JVMs (the exec jars of command-side and query-side when they are built,
 * otherwise the same main classes from this JVM's class path), each with -Xmx512m, against the run's PostgreSQL;
 * S11 adds HAProxy in front of the command sides and a streaming standby for the query side (ADR 0009).
 */
final class Processes {

    private static final String HEAP = "-Xmx512m";

    record Child(String name, Process process, String base) {
        long pid() {
            return process.pid();
        }
    }

    private final Plan plan;
    private final Report report;
    private final Pg pg;
    private final Path logs;

    Processes(Plan plan, Report report, Pg pg, Path logs) {
        this.plan = plan;
        this.report = report;
        this.pg = pg;
        this.logs = logs;
    }

    void run(List<String> platforms, ReadScenarios reads) throws Exception {
        reads.resetReadModels();
        Child c1 = start("command-side", "cn.jsedu.ledger.command.CommandSideApplication");
        Child q1 = start("query-side", "cn.jsedu.ledger.query.QuerySideApplication");
        List<Child> all = new ArrayList<>(List.of(c1, q1));
        try {
            awaitReady(all);
            s10(platforms, c1, q1);
            s11(platforms, c1, q1, all);
        } finally {
            all.forEach(Processes::stop);
        }
    }

    private void s10(List<String> platforms, Child c1, Child q1) throws Exception {
        long events = reads().scalar("SELECT count(*) FROM event_store.domain_event_entry");
        Cpu.Meter rebuildCpu = new Cpu.Meter(pg.postmasterPid, q1.pid(), c1.pid()).start();
        Http.expect(202, q1.base() + "/api/v1/admin/read-models/rebuild", "", null);
        while (!Http.expectGet(q1.base() + "/api/v1/admin/read-models/status").contains("\"complete\":true")) {
            LockSupport.parkNanos(1_000_000_000L);
        }
        Cpu.Usage rebuild = rebuildCpu.stop();
        report.add("S10.rebuild", "rebuild in a separate query-side JVM, -Xmx512m (" + events + " events)",
                "events/s", events / rebuild.wallSeconds());
        report.note("S10 rebuild (once, via POST /api/v1/admin/read-models/rebuild, status polled every second): "
                + rebuild.describe());
        Workload.post(c1.base(), platforms.get(0), 0); // the first request initialises Spring MVC: not timed
        Load.Op op = (client, n) -> Workload.post(c1.base(), Workload.pick(platforms), n);
        Load.settle(CommandScenarios.CLIENTS, plan.settle(), op);
        for (int rep = 0; rep < plan.reps(); rep++) {
            Load.Result r = Load.closed(CommandScenarios.CLIENTS, plan.warmup(), plan.window(), op);
            report.add("S10.cmd", "S1's commands over HTTP to a separate command-side JVM, -Xmx512m", "cmds/s",
                    r.perSecond());
            if (r.errors() > 0) {
                report.note("S10: " + r.errors() + " failed requests; first: " + r.firstError());
            }
        }
        report.add("S10.rss.command", "peak RSS (VmHWM) of the command side, -Xmx512m", "MiB",
                Cpu.statusKb(c1.pid(), "VmHWM") / 1024.0);
        report.add("S10.rss.query", "peak RSS (VmHWM) of the query side, -Xmx512m", "MiB",
                Cpu.statusKb(q1.pid(), "VmHWM") / 1024.0);
        report.note("S10: both JVMs alive after S1's load and the rebuild: command side " + c1.process().isAlive()
                + ", query side " + q1.process().isAlive());
    }

    /**
     * S11 as the scaled layout runs (ADR 0009): the command sides behind HAProxy (consistent hashing of the platform
     * id), the query side streaming events from a streaming-replication standby of the run's PostgreSQL, its read
     * models and tokens on the primary. Commands through the router with one command side, then two; meanwhile the
     * replication lag as the primary sees it, an acknowledged command's visibility in the read model, and the CPU
     * of every process group.
     */
    private void s11(List<String> platforms, Child c1, Child q1, List<Child> all) throws Exception {
        backlog("S11.1x.proj", "backlog projected by one query-side instance streaming from the primary", "A",
                List.of(c1, q1), null);
        Report.log("S11: making the standby (a file copy of the running primary)");
        long copyStarted = System.nanoTime();
        try (Standby standby = Standby.of(pg, logs.resolve("standby"))) {
            report.setup(String.format(java.util.Locale.ROOT, "S11 standby: a copy of the primary's data folder, "
                    + "streaming from slot %s, made in %.1f s", Standby.SLOT, (System.nanoTime() - copyStarted) / 1e9));
            // the query side on the primary's stream goes; the one streaming from the standby takes its segments
            stop(q1);
            all.remove(q1);
            Child qs = start("query-side", "cn.jsedu.ledger.query.QuerySideApplication",
                    "--ledger.event-source.url=" + standby.url(Pg.LEDGER), "--ledger.event-source.username=postgres",
                    "--ledger.event-source.password=");
            Child c2 = start("command-side", "cn.jsedu.ledger.command.CommandSideApplication");
            all.addAll(List.of(qs, c2));
            awaitReady(List.of(qs, c2));
            Workload.post(c2.base(), platforms.get(0), 0); // the first request initialises Spring MVC: not timed
            try (Router router = Router.start(logs.resolve("router"), java.util.Map.of("c1", port(c1), "c2",
                    port(c2)))) {
                report.setup("S11 router: HAProxy (" + ROUTER_CONFIG + "), pid " + router.pid());
                router.setState("c2", "maint", 1);
                // the CPU of both command sides is counted in both loads: the one in maintenance idles (health checks)
                routed("S11.router1.cmd", "commands through HAProxy, one command side, query side streaming from "
                        + "the standby", platforms, router, List.of(c1, c2), qs, standby);
                router.setState("c2", "ready", 2);
                routed("S11.router2.cmd", "commands through HAProxy, two command sides, query side streaming from "
                        + "the standby", platforms, router, List.of(c1, c2), qs, standby);
            }
            backlog("S11.standby.proj", "backlog projected by one query-side instance streaming from the standby",
                    "B", List.of(c1, c2, qs), standby);
            report.note("S11 segment owners of the read-models processor (the query side on the standby's stream, pid "
                    + qs.pid() + "): " + owners());
        }
    }

    private static final String ROUTER_CONFIG = "balance hash path,field(5,/), hash-type consistent, health check "
            + "/actuator/health/readiness every 1 s";

    /** The closed load of S10 through the router: settled, then timed, with lag, visibility and CPU beside it. */
    private void routed(String id, String label, List<String> platforms, Router router, List<Child> commandSides,
                        Child querySide, Standby standby) throws Exception {
        Load.Op op = (client, n) -> Workload.post(router.base(), Workload.pick(platforms), n);
        // a node that joins starts with a cold JIT and empty caches: settled like the first was before S10
        Load.settle(CommandScenarios.CLIENTS, plan.settle(), op);
        String probe = platforms.get(0);
        for (int rep = 0; rep < plan.reps(); rep++) {
            Sampler sampler = new Sampler(router, probe);
            Thread sampling = new Thread(sampler, "s11-sampler");
            Groups cpu = new Groups(commandSides, querySide, router, standby).start();
            sampling.start();
            Load.Result r;
            try {
                r = Load.closed(CommandScenarios.CLIENTS, plan.warmup(), plan.window(), op);
            } finally {
                sampler.stop = true;
                sampling.join();
            }
            String usage = cpu.stop(r.ops());
            report.add(id, label, "cmds/s", r.perSecond());
            report.add(id + ".visible.p50", "acknowledged → visible in the read model (stream from the standby), "
                    + "under " + id + "'s load, p50", "ms", sampler.visibility(0.50));
            report.add(id + ".replay.max", "replication: largest replay_lag the primary saw (sampled every 100 ms) "
                    + "under " + id + "'s load", "ms", sampler.maxReplayLagMillis);
            if (rep == plan.reps() - 1) {
                report.note(id + ": " + r.ops() + " commands, " + sampler.visibleMillis.size()
                        + " visibility probes (p50 " + Math.round(sampler.visibility(0.5)) + " ms, max "
                        + Math.round(sampler.visibility(1.0)) + " ms), " + sampler.samples + " replication samples "
                        + "(replay_lag max " + sampler.maxReplayLagMillis + " ms, WAL not yet replayed max "
                        + sampler.maxBehindBytes + " bytes); load average " + loadAverage() + ". CPU: " + usage);
            }
            if (r.errors() > 0 || sampler.error != null) {
                report.note(id + ": " + r.errors() + " failed requests; first: " + r.firstError()
                        + (sampler.error != null ? "; sampler: " + sampler.error : ""));
            }
        }
    }

    /**
     * Beside a routed load: replication lag as the primary sees it every 100 ms, and one command at a time on a
     * probe platform through the router, timed from its acknowledgement until the read model (on the primary, fed
     * from the standby's stream) shows its version.
     */
    private final class Sampler implements Runnable {
        private final Router router;
        private final String probe;
        volatile boolean stop;
        volatile String error;
        long maxReplayLagMillis;
        long maxBehindBytes;
        int samples;
        final List<Double> visibleMillis = new ArrayList<>();

        Sampler(Router router, String probe) {
            this.router = router;
            this.probe = probe;
        }

        @Override
        public void run() {
            try (var primary = pg.connect("postgres"); var ledger = pg.connect(Pg.LEDGER);
                 var version = ledger.prepareStatement("SELECT version FROM read_model.platform WHERE platform_id = ?")) {
                version.setString(1, probe);
                long n = 0;
                while (!stop) {
                    sample(primary);
                    long v = Workload.post(router.base(), probe, n++);
                    long acked = System.nanoTime();
                    // a probe in flight when the load ends is still waited for: a short window on a busy machine
                    // must not end up with no probe at all
                    while (true) {
                        try (var rs = version.executeQuery()) {
                            if (rs.next() && rs.getLong(1) >= v) {
                                visibleMillis.add((System.nanoTime() - acked) / 1e6);
                                break;
                            }
                        }
                        if (System.nanoTime() - acked > 120_000_000_000L) {
                            throw new IllegalStateException("version " + v + " of " + probe + " not visible in 2 min");
                        }
                        sample(primary);
                        LockSupport.parkNanos(5_000_000);
                    }
                    LockSupport.parkNanos(100_000_000);
                }
            } catch (Exception e) {
                error = e.toString();
            }
        }

        private long lastSample;

        private void sample(java.sql.Connection primary) throws java.sql.SQLException {
            if (System.nanoTime() - lastSample < 100_000_000L) {
                return;
            }
            lastSample = System.nanoTime();
            long[] lag = Standby.lag(primary);
            if (lag != null) {
                maxReplayLagMillis = Math.max(maxReplayLagMillis, lag[0]);
                maxBehindBytes = Math.max(maxBehindBytes, lag[1]);
                samples++;
            }
        }

        double visibility(double p) {
            double[] values = visibleMillis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return values.length == 0 ? 0 : values[(int) Math.min(values.length - 1, Math.floor(p * values.length))];
        }
    }

    /**
     * CPU of every process group of the scaled layout over one stretch: the command-side JVMs, the query side,
     * HAProxy, the bench JVM (HTTP clients, sampler), the primary and the standby. Their sum is checked against
     * what the cores could give ({@link Cpu.Usage} refuses more), so the groups add up.
     */
    private final class Groups {
        private final long[] commandPids;
        private final long queryPid;
        private final long routerPid;
        private final Standby standby;
        private long t0;
        private double[] before;
        private Cpu.Reading primary0;
        private Cpu.Reading standby0;

        Groups(List<Child> commandSides, Child querySide, Router router, Standby standby) {
            this.commandPids = pids(commandSides);
            this.queryPid = querySide.pid();
            this.routerPid = router.pid();
            this.standby = standby;
        }

        Groups start() {
            t0 = System.nanoTime();
            before = jvms();
            primary0 = Cpu.pgReading(Cpu.PROC, pg.postmasterPid);
            standby0 = Cpu.pgReading(Cpu.PROC, standby.postmasterPid);
            return this;
        }

        /** The groups' CPU, per command too. */
        String stop(long commands) {
            double[] after = jvms();
            Cpu.Reading primary1 = Cpu.pgReading(Cpu.PROC, pg.postmasterPid);
            Cpu.Reading standby1 = Cpu.pgReading(Cpu.PROC, standby.postmasterPid);
            double wall = (System.nanoTime() - t0) / 1e9;
            double[] d = new double[after.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = after[i] - before[i];
            }
            double primary = primary1.seconds() - primary0.seconds();
            double replica = standby1.seconds() - standby0.seconds();
            double slack = (primary0.processes() + primary1.processes() + standby0.processes() + standby1.processes()
                    + 2.0 * (commandPids.length + 3)) / Cpu.TICKS_PER_SECOND;
            Cpu.Usage total = new Cpu.Usage(wall, d[0] + d[1] + d[2] + d[3], primary + replica, Cpu.CORES, slack);
            double ops = Math.max(1, commands);
            return String.format(java.util.Locale.ROOT, "%.1f s wall, %d cores; command sides %.1f CPU-s (%.1f ms per "
                            + "command), query side %.1f, HAProxy %.1f, bench JVM (clients, sampler) %.1f, primary "
                            + "PostgreSQL %.1f (%.1f ms per command), standby PostgreSQL %.1f; together %.0f %% of the "
                            + "cores", wall, Cpu.CORES, d[0], 1000 * d[0] / ops, d[1], d[2], d[3], primary,
                    1000 * primary / ops, replica, 100 * (total.jvmShare() + total.pgShare()));
        }

        private double[] jvms() {
            double commands = 0;
            for (long pid : commandPids) {
                commands += Cpu.seconds(pid, false);
            }
            return new double[]{commands, Cpu.seconds(queryPid, false), Cpu.seconds(routerPid, false),
                    Cpu.selfSeconds()};
        }
    }

    private static int port(Child child) {
        return Integer.parseInt(child.base().substring(child.base().lastIndexOf(':') + 1));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Writes a backlog of events straight into the store and times until the read model shows all of it. */
    private void backlog(String id, String label, String tag, List<Child> children, Standby standby)
            throws Exception {
        EventGenerator generator = new EventGenerator();
        ReadScenarios reads = reads();
        for (int rep = 0; rep < plan.reps(); rep++) {
            List<String> ids = Workload.ids("S11" + tag + rep, Math.max(1, plan.backlog() / 100));
            Cpu.Meter cpu = new Cpu.Meter(pg.postmasterPid, pids(children)).start();
            long events = generator.write(pg, ids.stream().map(p -> new EventGenerator.Spec(p, 100)).toList());
            reads.awaitVersions(ids, 99, Duration.ofMinutes(10));
            Cpu.Usage usage = cpu.stop();
            report.add(id, label + " (" + events + " events written meanwhile)", "events/s",
                    events / usage.wallSeconds());
            if (rep == plan.reps() - 1) {
                report.note(id + " CPU: " + usage.describe() + " (the writer runs in the bench JVM, not counted"
                        + (standby != null ? "; nor the standby's replay" : "") + ")");
            }
        }
    }

    private String owners() throws Exception {
        try (var c = pg.connect(Pg.LEDGER); var s = c.createStatement(); var rs = s.executeQuery(
                "SELECT segment, coalesce(owner, '-') FROM read_model.token_entry WHERE processor_name = "
                        + "'read-models' ORDER BY segment")) {
            StringBuilder out = new StringBuilder();
            while (rs.next()) {
                out.append("segment ").append(rs.getInt(1)).append(" → ").append(rs.getString(2)).append("; ");
            }
            return out.toString();
        }
    }

    private ReadScenarios reads() {
        return new ReadScenarios(plan, report, pg, Pg.LEDGER);
    }

    private static long[] pids(List<Child> children) {
        return children.stream().mapToLong(Child::pid).toArray();
    }

    private Child start(String module, String mainClass, String... extra) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(javaBinary(), HEAP));
        Optional<Path> jar = execJar(module);
        if (jar.isPresent()) {
            command.addAll(List.of("-jar", jar.get().toString()));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        }
        command.addAll(List.of("--server.port=" + port, "--spring.datasource.url=" + pg.url(Pg.LEDGER),
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        command.addAll(Apps.profiles());
        command.addAll(List.of(extra));
        Files.createDirectories(logs);
        String name = module + "-" + port;
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile());
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        Process process = builder.start();
        report.setup("S10/S11 " + name + ": " + (jar.isPresent() ? jar.get().getFileName() : mainClass + " on the "
                + "bench class path") + " with " + HEAP + ", pid " + process.pid());
        return new Child(name, process, "http://localhost:" + port);
    }

    private static void awaitReady(List<Child> children) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        for (Child child : children) {
            while (true) {
                if (!child.process().isAlive()) {
                    throw new IllegalStateException(child.name() + " exited with " + child.process().exitValue());
                }
                try {
                    if (Http.get(child.base() + "/actuator/health").status() == 200) {
                        break;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(child.name() + " did not become healthy");
                }
                Thread.sleep(250);
            }
        }
    }

    /** Copies the services' exec jars (if built) to the output folder, where {@link #execJar} finds them first. */
    static void freezeExecJars() throws IOException {
        for (String module : List.of("command-side", "query-side")) {
            Path copyDir = Bench.outputDir().resolve("services").resolve(module).resolve("target");
            if (Files.isDirectory(copyDir)) {
                try (Stream<Path> old = Files.list(copyDir)) {
                    for (Path f : old.toList()) {
                        Files.delete(f);
                    }
                }
            }
            Optional<Path> jar = execJar(module);
            if (jar.isPresent()) {
                Files.createDirectories(copyDir);
                Files.copy(jar.get(), copyDir.resolve(jar.get().getFileName()));
            }
        }
    }

    private static void stop(Child child) {
        child.process().destroy();
        try {
            if (!child.process().waitFor(60, TimeUnit.SECONDS)) {
                child.process().destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.process().destroyForcibly();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The exec jar copied at the start of the run (so a build running meanwhile cannot swap it), else
     * {@code <repo>/<module>/target/<module>-*-exec.jar}, looking up from the working directory.
     */
    static Optional<Path> execJar(String module) throws IOException {
        List<Path> dirs = new ArrayList<>(List.of(Bench.outputDir().resolve("services").resolve(module)
                .resolve("target").toAbsolutePath()));
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            dirs.add(dir);
        }
        for (Path dir : dirs) {
            Path target = dir.getFileName() != null && dir.getFileName().toString().equals("target") ? dir
                    : dir.resolve(module).resolve("target");
            if (Files.isDirectory(target)) {
                try (Stream<Path> files = Files.list(target)) {
                    Optional<Path> jar = files.filter(f -> f.getFileName().toString().matches(
                            java.util.regex.Pattern.quote(module) + "-.*-exec\\.jar")).findFirst();
                    if (jar.isPresent()) {
                        return jar;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
