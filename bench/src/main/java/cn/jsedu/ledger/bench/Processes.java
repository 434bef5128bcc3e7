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
 * otherwise the same main classes from this JVM's class path), each with -Xmx512m, against the run's PostgreSQL.
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
            s11(platforms, reads, c1, q1, all);
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

    private void s11(List<String> platforms, ReadScenarios reads, Child c1, Child q1, List<Child> all)
            throws Exception {
        backlog("S11.1x.proj", "backlog projected by one query-side instance", "A", List.of(c1, q1));
        Child c2 = start("command-side", "cn.jsedu.ledger.command.CommandSideApplication");
        Child q2 = start("query-side", "cn.jsedu.ledger.query.QuerySideApplication");
        all.addAll(List.of(c2, q2));
        awaitReady(List.of(c2, q2));
        List<Child> four = List.of(c1, q1, c2, q2);
        Workload.post(c2.base(), platforms.get(0), 0);
        // the second pair's JIT starts cold: settled like the first was before S10
        Load.settle(CommandScenarios.CLIENTS, plan.settle(), (client, n) ->
                Workload.post((client % 2 == 0 ? c1 : c2).base(), Workload.pick(platforms), n));
        int half = platforms.size() / 2;
        for (int rep = 0; rep < plan.reps(); rep++) {
            Cpu.Meter cpu = new Cpu.Meter(pg.postmasterPid, pids(four)).start();
            Load.Result r = Load.closed(CommandScenarios.CLIENTS, plan.warmup(), plan.window(), (client, n) ->
                    Workload.post((client % 2 == 0 ? c1 : c2).base(), Workload.pick(platforms), n));
            Cpu.Usage usage = cpu.stop();
            report.add("S11.2x.cmd", "commands over HTTP, two command-side instances (any platform)", "cmds/s",
                    r.perSecond());
            Load.Result routed = Load.closed(CommandScenarios.CLIENTS, plan.warmup(), plan.window(), (client, n) ->
                    Workload.post((client % 2 == 0 ? c1 : c2).base(), Workload.pick(client % 2 == 0
                            ? platforms.subList(0, half) : platforms.subList(half, platforms.size())), n));
            report.add("S11.2x.cmd.routed", "commands over HTTP, two command-side instances (platforms routed)",
                    "cmds/s", routed.perSecond());
            if (rep == plan.reps() - 1) {
                report.note("S11 two of each, CPU during the unrouted load (4 service JVMs; the HTTP clients run in "
                        + "the bench JVM): " + usage.describe());
            }
            if (r.errors() + routed.errors() > 0) {
                report.note("S11: " + (r.errors() + routed.errors()) + " failed requests; first: "
                        + (r.firstError() != null ? r.firstError() : routed.firstError()));
            }
        }
        report.note("S11 segment owners of the read-models processor with two query-side instances: "
                + owners(reads));
        backlog("S11.2x.proj", "backlog projected by two query-side instances", "B", four);
        report.note("S11 segment owners after the backlog: " + owners(reads));
    }

    /** Writes a backlog of events straight into the store and times until the read model shows all of it. */
    private void backlog(String id, String label, String tag, List<Child> children) throws Exception {
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
                report.note(id + " CPU: " + usage.describe() + " (the writer runs in the bench JVM, not counted)");
            }
        }
    }

    private String owners(ReadScenarios reads) throws Exception {
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

    private Child start(String module, String mainClass) throws IOException {
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
