package cn.jsedu.ledger.bench;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The benchmark harness of issue 7 (BENCHMARKS.md): baselines, peers and scenarios S1-S11 in one run on one
 * PostgreSQL, each repeated, reported as figures and as the ratios the goals are stated in.
 *
 * <pre>java -jar bench/target/bench.jar [--full | --smoke] [--out=FILE]
 * java -jar bench/target/bench.jar --experiments | --signing [--out=FILE]
 * java -jar bench/target/bench.jar --commands [--smoke] [--out=FILE]
 * java -jar bench/target/bench.jar --scale [--smoke] [--out=FILE]
 * java -jar bench/target/bench.jar --snapshots [--smoke] [--out=FILE]
 * java -jar bench/target/bench.jar --import [--smoke] [--out=FILE]
 * java -jar bench/target/bench.jar --profile S1|S2 [--seconds=60] [--out-dir=docs/perf]</pre>
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) {
        try {
            runMain(args);
        } catch (Throwable e) {
            // The Spring contexts and PostgreSQL keep non-daemon threads: a failed run must still end its JVM.
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void runMain(String[] args) throws Exception {
        int profile = List.of(args).indexOf("--profile");
        if (profile >= 0) {
            if (Profile.needsRelaunch()) {
                System.exit(Profile.relaunch(args));
            }
            Duration seconds = Duration.ofSeconds(60);
            Path outDir = Path.of("docs", "perf");
            for (String arg : args) {
                if (arg.startsWith("--seconds=")) {
                    seconds = Duration.ofSeconds(Long.parseLong(arg.substring("--seconds=".length())));
                } else if (arg.startsWith("--out-dir=")) {
                    outDir = Path.of(arg.substring("--out-dir=".length()));
                }
            }
            if (profile + 1 >= args.length) {
                throw new IllegalArgumentException("--profile takes S1 or S2");
            }
            Profile.run(args[profile + 1], seconds, outDir);
            System.exit(0);
        }
        Plan plan = List.of(args).contains("--smoke") ? Plan.smoke() : Plan.full();
        Path out = outputFile(List.of(args), plan);
        Report report = List.of(args).contains("--experiments")
                ? Experiments.run(new Plan("experiments", 2, Duration.ofSeconds(30), Duration.ofSeconds(3),
                Duration.ofSeconds(10), 100,
                0, 0, 0, 0, 0, 0, 0, 0), 200_000)
                : List.of(args).contains("--signing") ? SigningCost.run()
                : List.of(args).contains("--commands") ? commands(plan)
                : List.of(args).contains("--scale") ? scale(plan)
                : List.of(args).contains("--snapshots") ? snapshots(plan)
                : List.of(args).contains("--import") ? ImportScenario.run(plan)
                : run(plan);
        report.write(out);
        System.out.println();
        System.out.println(report.markdown());
        System.out.println("written to " + out.toAbsolutePath());
        System.exit(0);
    }

    /** Where the report goes: {@code --out=FILE} for every mode, else a file named after the mode and the plan. */
    static Path outputFile(List<String> args, Plan plan) {
        for (String arg : args) {
            if (arg.startsWith("--out=")) {
                return Path.of(arg.substring("--out=".length()));
            }
        }
        String mode = args.contains("--experiments") ? "bench-experiments"
                : args.contains("--signing") ? "bench-signing"
                : args.contains("--import") ? "bench-import-" + plan.name()
                : args.contains("--commands") ? "bench-commands-" + plan.name()
                : args.contains("--scale") ? "bench-scale-" + plan.name()
                : args.contains("--snapshots") ? "bench-snapshots-" + plan.name()
                : "bench-results-" + plan.name();
        return outputDir().resolve(mode + ".md");
    }

    static Path outputDir() {
        return Files.isDirectory(Path.of("bench", "target")) ? Path.of("bench", "target") : Path.of("target");
    }

    public static Report run(Plan plan) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        Report report = new Report();
        long started = System.nanoTime();
        report.setup("plan " + plan);
        report.setup(Machine.describe());
        Processes.freezeExecJars();
        try (Pg pg = Pg.start()) {
            report.setup("PostgreSQL (zonky embedded, the product's default server), one server for everything: "
                    + pg.describe());
            baselines(plan, report, pg);
            try (Pairs pairs = new Pairs(plan, report, pg)) {
                stockPeer(plan, report, pg, pairs);
                product(plan, report, pg, pairs);
            }
        }
        ratios(report);
        report.setup(String.format(java.util.Locale.ROOT, "the run took %.1f minutes",
                (System.nanoTime() - started) / 6e10));
        return report;
    }

    /**
     * S10 and S11 alone (the services as separate JVMs; S11 behind HAProxy with a streaming standby): the platforms
     * of S1 are declared in process first, and the store holds only what S10 / S11 write, so S10's rebuild is of
     * that small store, not of the full run's. For the scaled layout's figures without the hour of the full run.
     */
    public static Report scale(Plan plan) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        Report report = new Report();
        long started = System.nanoTime();
        report.setup("plan " + plan + ", S10 and S11 only (--scale)");
        report.setup(Machine.describe());
        Processes.freezeExecJars();
        try (Pg pg = Pg.start()) {
            report.setup("PostgreSQL (zonky embedded, the product's default server), one server for everything: "
                    + pg.describe());
            List<String> platforms = Workload.ids("S1", plan.platforms());
            // in process once, as the full run has them before S10: they migrate the schemas; S1's platforms
            ConfigurableApplicationContext command = Apps.command(pg.url(Pg.LEDGER));
            ConfigurableApplicationContext query = Apps.query(pg.url(Pg.LEDGER));
            try {
                Workload.createPlatforms(Apps.gateway(command), platforms);
            } finally {
                Apps.close(query, command);
            }
            Report.log("== S10 memory, S11 scale-out (separate JVMs)");
            new Processes(plan, report, pg, outputDir().resolve("bench-logs"))
                    .run(platforms, new ReadScenarios(plan, report, pg, Pg.LEDGER));
        }
        ratios(report);
        report.setup(String.format(java.util.Locale.ROOT, "the run took %.1f minutes",
                (System.nanoTime() - started) / 6e10));
        return report;
    }

    /**
     * The command path alone, as the full plan measures it: B1, S1 beside B1.8 and the CRUD peer, S2 beside B1.8 and
     * the HTTP CRUD peer, S3 beside B1.1, S6. About ten minutes: for comparing two builds of the command side (ADR
     * 0008) without the hour of the full run; its ratios are those of the full run's tables.
     */
    public static Report commands(Plan plan) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        Report report = new Report();
        long started = System.nanoTime();
        report.setup("plan " + plan + ", command scenarios only (--commands)");
        report.setup(Machine.describe());
        try (Pg pg = Pg.start()) {
            report.setup("PostgreSQL (zonky embedded, the product's default server), one server for everything: "
                    + pg.describe());
            baselines(plan, report, pg);
            try (Pairs pairs = new Pairs(plan, report, pg)) {
                CommandScenarios commands = new CommandScenarios(plan, report);
                String url = pg.url(Pg.LEDGER);
                ConfigurableApplicationContext command = Apps.command(url);
                ConfigurableApplicationContext query = Apps.query(url);
                try {
                    CommandGateway gateway = Apps.gateway(command);
                    List<String> platforms = Workload.ids("S1", plan.platforms());
                    List<String> hot = Workload.ids("HOT", 1);
                    Workload.createPlatforms(gateway, platforms);
                    Workload.createPlatforms(gateway, hot);
                    CommandScenarios.Step b1s1 = pairs.b1("B1.8@S1", 8);
                    CommandScenarios.Step crud = pairs.crud();
                    CommandScenarios.Step b1s2 = pairs.b1("B1.8@S2", 8);
                    CommandScenarios.Step httpCrud = pairs.httpCrud();
                    commands.gateway("S1", "S1: money commands via the CommandGateway, 100 platforms, 8 clients",
                            gateway, platforms, pg.postmasterPid, () -> {
                                b1s1.run();
                                crud.run();
                            });
                    commands.http("S2", "S2: the same through the HTTP API", Apps.base(command), platforms,
                            pg.postmasterPid, () -> {
                                b1s2.run();
                                httpCrud.run();
                            });
                    pairs.close();
                    commands.http("S3", "S3: 8 HTTP clients on one platform", Apps.base(command), hot,
                            pg.postmasterPid, pairs.b1("B1.1@S3", 1));
                    List<String> big = Workload.ids("BIG", 2);
                    new EventGenerator().write(pg, big.stream()
                            .map(p -> new EventGenerator.Spec(p, plan.bigPlatform())).toList());
                    ReadScenarios.awaitCaughtUp(query, Duration.ofMinutes(10));
                    ConfigurableApplicationContext noSnapshots = Apps.command(url,
                            "--ledger.axon.aggregate-cache=false", "--ledger.axon.snapshot-threshold=0");
                    try {
                        commands.bigAggregate(command, noSnapshots, big.get(0), big.get(1));
                    } finally {
                        Apps.close(noSnapshots);
                    }
                } finally {
                    Apps.close(query, command);
                }
            }
        }
        ratios(report);
        report.setup(String.format(java.util.Locale.ROOT, "the run took %.1f minutes",
                (System.nanoTime() - started) / 6e10));
        return report;
    }

    /**
     * S6 alone, as {@code --commands} runs it (the product and an instance without snapshots or cache on one database,
     * the two big platforms written by the generator), without S1-S3 before it and without the query side: for
     * comparing two snapshot designs in minutes (ADR 0008). A first pass on two other twins, not reported, warms the
     * JVM as S1-S3 do in {@code --commands}. Its ratios are S6's of the full run's tables.
     */
    public static Report snapshots(Plan plan) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        Report report = new Report();
        long started = System.nanoTime();
        report.setup("plan " + plan + ", S6 only (--snapshots)");
        report.setup(Machine.describe());
        try (Pg pg = Pg.start()) {
            report.setup("PostgreSQL (zonky embedded, the product's default server): " + pg.describe());
            String url = pg.url(Pg.LEDGER);
            ConfigurableApplicationContext command = Apps.command(url);
            try {
                // two twins more, for a first pass unreported: --commands runs S6 after minutes of S1-S3, not cold
                List<String> big = Workload.ids("BIG", 4);
                new EventGenerator().write(pg, big.stream()
                        .map(p -> new EventGenerator.Spec(p, plan.bigPlatform())).toList());
                ConfigurableApplicationContext noSnapshots = Apps.command(url,
                        "--ledger.axon.aggregate-cache=false", "--ledger.axon.snapshot-threshold=0");
                try {
                    new CommandScenarios(plan, new Report()).bigAggregate(command, noSnapshots, big.get(2), big.get(3));
                    new CommandScenarios(plan, report).bigAggregate(command, noSnapshots, big.get(0), big.get(1));
                } finally {
                    Apps.close(noSnapshots);
                }
                snapshotRow(pg, big.get(0), plan, report);
            } finally {
                Apps.close(command);
            }
        }
        ratios(report);
        report.setup(String.format(java.util.Locale.ROOT, "the run took %.1f minutes",
                (System.nanoTime() - started) / 6e10));
        return report;
    }

    /**
     * Where a load from the snapshot spends its time, in part: the snapshot row's size and how long the database takes
     * to hand it over (the latest row read raw over JDBC, all columns, median of {@code loads}).
     */
    private static void snapshotRow(Pg pg, String platformId, Plan plan, Report report) throws Exception {
        String sql = "SELECT * FROM event_store.snapshot_event_entry WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number DESC LIMIT 1";
        try (java.sql.Connection c = pg.connect(Pg.LEDGER); java.sql.PreparedStatement read = c.prepareStatement(sql)) {
            read.setString(1, platformId);
            long[] ns = new long[plan.loads()];
            int bytes = 0;
            for (int i = 0; i < ns.length; i++) {
                long t0 = System.nanoTime();
                try (java.sql.ResultSet row = read.executeQuery()) {
                    bytes = row.next() ? row.getBytes("payload").length : 0;
                }
                ns[i] = System.nanoTime() - t0;
            }
            report.note(String.format(java.util.Locale.ROOT, "S6: %s's snapshot payload is %,d bytes; the row read "
                    + "raw over JDBC takes %.2f ms (median of %d)", platformId, bytes,
                    Stats.percentile(ns, 50) / 1e6, ns.length));
        }
    }

    /** B1 at 1 and 8 clients on their own (each scenario repeats its baseline beside it, see {@link Pairs}). */
    private static void baselines(Plan plan, Report report, Pg pg) throws Exception {
        Report.log("== B1: raw single-row INSERTs; CRUD ledger peer");
        EventGenerator generator = new EventGenerator();
        byte[] payload = generator.b1Payload();
        byte[] metaData = generator.metaData();
        report.setup("B1 row: the event table's DDL in its own schema; payload " + payload.length + " bytes of JSON, "
                + "metadata " + metaData.length + " bytes (the product's installment event is "
                + generator.payloadBytes(3) + " bytes, its declaration " + generator.payloadBytes(0) + ")");
        Baselines.createB1Table(pg);
        for (int clients : new int[]{1, 8}) {
            for (int rep = 0; rep < plan.reps(); rep++) {
                Load.Result r = Baselines.b1(pg, clients, plan.warmup(), plan.window(), payload, metaData);
                report.add("B1." + clients, "raw JDBC INSERT of an event row, " + clients + " client(s)", "rows/s",
                        r.perSecond());
                report.add("B1." + clients + ".p50", "raw JDBC INSERT latency p50, " + clients + " client(s)", "ms",
                        r.p(50));
            }
        }
    }

    /** Stock Axon: the same aggregate and projections with Axon's defaults, in a database of its own. */
    private static void stockPeer(Plan plan, Report report, Pg pg, Pairs pairs) throws Exception {
        Report.log("== stock Axon peer");
        ConfigurableApplicationContext command = Apps.command(pg.url(Pg.STOCK), Apps.STOCK_COMMAND);
        ConfigurableApplicationContext query = Apps.stockQuery(pg.url(Pg.STOCK), Apps.STOCK_QUERY);
        try {
            List<String> platforms = Workload.ids("S1", plan.platforms());
            Workload.createPlatforms(Apps.gateway(command), platforms);
            new CommandScenarios(plan, report).gateway("PEER.stock", "stock Axon: S1's commands via the gateway, "
                    + "8 clients", Apps.gateway(command), platforms, pg.postmasterPid, pairs.b1("B1.8@stock", 8));
        } finally {
            Apps.close(query, command);
        }
    }

    private static void product(Plan plan, Report report, Pg pg, Pairs pairs) throws Exception {
        ledger(plan, report, pg, pairs);
        programme(plan, report, pg, pairs);
        Report.log("== S10 memory, S11 scale-out (separate JVMs)");
        new Processes(plan, report, pg, outputDir().resolve("bench-logs"))
                .run(Workload.ids("S1", plan.platforms()), new ReadScenarios(plan, report, pg, Pg.LEDGER));
    }

    /** S1-S3 and their peers, S6-S8: the ledger's database, the programme growing to S8's sizes. */
    private static void ledger(Plan plan, Report report, Pg pg, Pairs pairs) throws Exception {
        CommandScenarios commands = new CommandScenarios(plan, report);
        ReadScenarios reads = new ReadScenarios(plan, report, pg, Pg.LEDGER);
        EventGenerator generator = new EventGenerator();
        String url = pg.url(Pg.LEDGER);
        ConfigurableApplicationContext command = Apps.command(url);
        ConfigurableApplicationContext query = Apps.query(url);
        try {
            CommandGateway gateway = Apps.gateway(command);
            List<String> platforms = Workload.ids("S1", plan.platforms());
            List<String> hot = Workload.ids("HOT", 1);
            Workload.createPlatforms(gateway, platforms);
            Workload.createPlatforms(gateway, hot);
            CommandScenarios.Step b1s1 = pairs.b1("B1.8@S1", 8);
            CommandScenarios.Step crud = pairs.crud();
            CommandScenarios.Step b1s2 = pairs.b1("B1.8@S2", 8);
            CommandScenarios.Step httpCrud = pairs.httpCrud();

            Report.log("== S1 gateway, S2 HTTP (beside the HTTP CRUD peer), S3 hot platform");
            commands.gateway("S1", "S1: money commands via the CommandGateway, 100 platforms, 8 clients", gateway,
                    platforms, pg.postmasterPid, () -> {
                        b1s1.run();
                        crud.run();
                    });
            commands.http("S2", "S2: the same through the HTTP API", Apps.base(command), platforms, pg.postmasterPid,
                    () -> {
                        b1s2.run();
                        httpCrud.run();
                    });
            pairs.close();
            commands.http("S3", "S3: 8 HTTP clients on one platform", Apps.base(command), hot, pg.postmasterPid,
                    pairs.b1("B1.1@S3", 1));

            Report.log("== S6 big aggregate, S7 audit replay");
            List<String> big = Workload.ids("BIG", 2);
            generator.write(pg, big.stream().map(p -> new EventGenerator.Spec(p, plan.bigPlatform())).toList());
            ReadScenarios.awaitCaughtUp(query, Duration.ofMinutes(10));
            ConfigurableApplicationContext noSnapshots = Apps.command(url, "--ledger.axon.aggregate-cache=false",
                    "--ledger.axon.snapshot-threshold=0");
            try {
                commands.bigAggregate(command, noSnapshots, big.get(0), big.get(1));
            } finally {
                Apps.close(noSnapshots);
            }
            reads.replay(Apps.base(query), big.get(1), plan.bigPlatform() - 1, pairs.b2("B2@S7", Pg.LEDGER));

            Report.log("== S8 at the small programme size");
            long present = reads.scalar("SELECT count(*) FROM read_model.platform");
            List<String> small = Workload.ids("PS", (int) Math.max(0, plan.smallProgramme() - present));
            generator.write(pg, small.stream().map(p -> new EventGenerator.Spec(p, 3)).toList());
            ReadScenarios.awaitCaughtUp(query, Duration.ofMinutes(10));
            reads.dashboards("small", Apps.base(query), platforms, plan.reads());

            Report.log("== the programme grows to " + plan.largeProgramme() + " platforms (query side stopped)");
            Apps.close(query);
            query = null;
            int large = plan.largeProgramme() - plan.smallProgramme();
            long t0 = System.nanoTime();
            long written = generator.write(pg, Workload.ids("PL", large).stream()
                    .map(p -> new EventGenerator.Spec(p, 3)).toList());
            report.setup(String.format(java.util.Locale.ROOT, "S8: generated %,d events for %,d platforms in %.1f s",
                    written, large, (System.nanoTime() - t0) / 1e9));
            query = Apps.query(url);
            ReadScenarios.awaitCaughtUp(query, Duration.ofMinutes(60));
            reads.dashboards("large", Apps.base(query), platforms, Math.max(plan.reads() / 8, 2));
        } finally {
            Apps.close(query, command);
        }
    }

    /**
     * S5, S4 and S9 on a programme's store (database {@link Pg#HISTORY}): platforms with hundreds of events of every
     * type ({@link ProgrammeHistory}), rebuilt as configured and on Axon's stream, with commands flowing on top.
     */
    private static void programme(Plan plan, Report report, Pg pg, Pairs pairs) throws Exception {
        CommandScenarios commands = new CommandScenarios(plan, report);
        ReadScenarios reads = new ReadScenarios(plan, report, pg, Pg.HISTORY);
        String url = pg.url(Pg.HISTORY);
        ConfigurableApplicationContext command = Apps.command(url);
        ConfigurableApplicationContext query = null;
        try {
            CommandGateway gateway = Apps.gateway(command);
            List<String> platforms = Workload.ids("S4", plan.platforms());
            Workload.createPlatforms(gateway, platforms);
            long t0 = System.nanoTime();
            int written = new EventGenerator().writeProgramme(pg, Pg.HISTORY, "H", plan.storeEvents());
            report.setup(String.format(java.util.Locale.ROOT, "S5: generated %,d events for %,d programme platforms "
                    + "(ProgrammeHistory: every event type, ~365 a platform) in %.1f s", plan.storeEvents(), written,
                    (System.nanoTime() - t0) / 1e9));

            Report.log("== S5 rebuild (beside B2), S4 visibility");
            query = Apps.query(url);
            reads.rebuild("S5", "S5: rebuild of every read model", query, pairs.b2("B2@S5", Pg.HISTORY));
            double rate = report.median("S1") / 2;
            commands.visibility("S4", "S4: acknowledged → visible in the balance read model at half S1's rate",
                    gateway, platforms, pg, Pg.HISTORY, rate, pairs.b1("B1.1@S4", 1));

            Report.log("== S9: the same on Axon's global-index stream (measurement switch)");
            Apps.close(query);
            query = null;
            reads.resetReadModels();
            query = Apps.stockQuery(url);
            // One repetition: a rebuild of 10^6 events takes minutes here, S5 has the three (BENCHMARKS.md).
            reads.rebuild("S9.S5", "S9: S5 on Axon's global-index stream (unsafe)", query,
                    pairs.b2("B2@S9", Pg.HISTORY), 1);
            commands.visibility("S9.S4", "S9: S4 on Axon's global-index stream (unsafe)", gateway, platforms, pg,
                    Pg.HISTORY, rate, pairs.b1("B1.1@S9", 1));
        } finally {
            Apps.close(query, command);
        }
    }

    private static void ratios(Report report) {
        report.ratio("S1", "gateway commands / raw INSERTs, 8 clients", "S1", "B1.8@S1", 0.5, true);
        report.ratio("S1", "gateway commands / CRUD ledger", "S1", "PEER.crud", 1, true);
        report.normalized("S1", "gateway commands / stock Axon, each against its own B1", "S1", "B1.8@S1",
                "PEER.stock", "B1.8@stock", 5, true);
        report.ratio("S2", "HTTP commands / raw INSERTs, 8 clients", "S2", "B1.8@S2", 0.35, true);
        report.ratio("S2", "HTTP commands / the CRUD ledger over HTTP", "S2", "PEER.http-crud", 1, true);
        report.ratio("S3", "hot platform / raw INSERTs, 1 client", "S3", "B1.1@S3", 0.25, true);
        report.ratio("S4", "visibility p50 / raw INSERT latency p50 (1 client)", "S4.p50", "B1.1@S4.p50", 5, false);
        report.ratio("S4", "visibility p99 / raw INSERT latency p50 (1 client)", "S4.p99", "B1.1@S4.p50", 20, false);
        report.ratio("S5", "rebuild events/s / sequential read rows/s", "S5", "B2@S5", 0.3, true);
        report.ratio("S6", "without snapshots / snapshot + cache (as configured)", "S6.nosnapshot", "S6.cached", 20,
                true);
        report.ratio("S6", "without snapshots / snapshot alone (cache emptied)", "S6.nosnapshot", "S6.snapshot", 20,
                true);
        report.ratio("S7", "replay events/s / sequential read rows/s", "S7", "B2@S7", 0.3, true);
        for (String size : new String[]{"small", "large"}) {
            report.ratio("S8", "balances API p99 / raw SQL p99 (" + size + ")", "S8.balances.api." + size,
                    "S8.balances.sql." + size, 2, false);
            report.ratio("S8", "compliance page API p99 / raw SQL p99 (" + size + ")", "S8.page.api." + size,
                    "S8.page.sql." + size, 2, false);
        }
        report.normalized("S9", "S4 p50, never-skip / Axon's stream, each against its B1 (1.10 = 10 % cost)",
                "S4.p50", "B1.1@S4.p50", "S9.S4.p50", "B1.1@S9.p50", 1.10, false);
        report.normalized("S9", "S5 time, never-skip / Axon's stream, each against its B2", "S9.S5", "B2@S9", "S5",
                "B2@S5", 1.10, false);
        report.ratio("S11", "commands through HAProxy, 2 command sides / 1", "S11.router2.cmd", "S11.router1.cmd");
        report.ratio("S11", "commands through HAProxy with 1 command side / straight to it (S10)", "S11.router1.cmd",
                "S10.cmd");
        report.ratio("S11", "projection backlog, stream from the standby / from the primary", "S11.standby.proj",
                "S11.1x.proj");
    }
}
