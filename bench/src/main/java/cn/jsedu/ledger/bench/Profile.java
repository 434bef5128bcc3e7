package cn.jsedu.ledger.bench;

import jdk.jfr.Recording;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code --profile S1|S2}: a CPU profile of one scenario. The product (both sides, in this JVM, as the bench runs
 * them) under S1's or S2's load, settled first (Plan.settle of the full plan), then a JFR recording of
 * {@code jdk.ExecutionSample} every 10 ms over a timed window with the CPU of this JVM and of PostgreSQL metered.
 * Writes {@code <scenario>-flame.svg} (a flame graph, {@link FlameGraph}) and {@code <scenario>-profile.md} (the
 * samples by category, thread kind and frame, {@link StackProfile}) to the output folder, the recording and the
 * folded stacks next to the report in bench/target.
 *
 * <pre>java -jar bench/target/bench.jar --profile S1 [--seconds=60] [--out-dir=docs/perf]</pre>
 */
final class Profile {

    /** JFR keeps 64 frames by default: a Spring request is deeper, and a cut stack loses its root. */
    static final String STACK_DEPTH = "-XX:FlightRecorderOptions=stackdepth=2048";

    private Profile() {
    }

    /** True when this JVM was not started with {@link #STACK_DEPTH}: the caller relaunches with it. */
    static boolean needsRelaunch() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .noneMatch(a -> a.startsWith("-XX:FlightRecorderOptions"));
    }

    /** Runs this same main class in a JVM with {@link #STACK_DEPTH}; returns its exit code. */
    static int relaunch(String[] args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), STACK_DEPTH));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            command.addAll(List.of("-jar", classPath));
        } else {
            command.addAll(List.of("-cp", classPath, Bench.class.getName()));
        }
        command.addAll(List.of(args));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    /** The JVM's CPU over the window by thread (its own threads by kind, the Java threads together) from /proc. */
    private static String cpuByThread(Map<String, double[]> jvmThreads, double commands, Cpu.Usage usage,
                                      double windowCommands) {
        StringBuilder md = new StringBuilder("## CPU by thread over the window (/proc/self/task)\n\n"
                + "Read 0.2 s into the window and 0.2 s before its end, while the load threads live; user and system "
                + "time of the threads apart (ticks of 10 ms), commands pro rata.\n\n"
                + "| threads | user CPU-s | system CPU-s | ms per command |\n|---|---:|---:|---:|\n");
        jvmThreads.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue()[0] + b.getValue()[1],
                a.getValue()[0] + a.getValue()[1])).forEach(e -> md.append(String.format(Locale.ROOT,
                "| %s | %.1f | %.1f | %.3f |%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                1000 * (e.getValue()[0] + e.getValue()[1]) / commands)));
        md.append(String.format(Locale.ROOT, "| the JVM as a whole (getProcessCpuTime, whole window) | | | %.3f |%n",
                1000 * usage.jvmSeconds() / windowCommands));
        md.append(String.format(Locale.ROOT, "| PostgreSQL (all its processes, whole window) | | | %.3f |%n",
                1000 * usage.pgSeconds() / windowCommands));
        return md.toString();
    }

    static void run(String scenario, Duration window, Path outDir) throws Exception {
        if (!scenario.equals("S1") && !scenario.equals("S2")) {
            throw new IllegalArgumentException("--profile takes S1 or S2, not " + scenario);
        }
        System.setProperty("axoniq.update-checker.disabled", "true");
        Plan plan = Plan.full();
        Path work = Bench.outputDir().resolve("perf");
        Files.createDirectories(work);
        Files.createDirectories(outDir);
        try (Pg pg = Pg.start()) {
            String url = pg.url(Pg.LEDGER);
            ConfigurableApplicationContext command = Apps.command(url);
            ConfigurableApplicationContext query = Apps.query(url);
            try {
                CommandGateway gateway = Apps.gateway(command);
                List<String> platforms = Workload.ids("S1", plan.platforms());
                Workload.createPlatforms(gateway, platforms);
                String base = Apps.base(command);
                Load.Op op = scenario.equals("S1")
                        ? (client, n) -> Workload.send(gateway, Workload.command(Workload.pick(platforms), n))
                        : (client, n) -> Workload.post(base, Workload.pick(platforms), n);
                if (scenario.equals("S2")) {
                    Workload.post(base, platforms.get(0), 0);
                }
                Report.log("== %s: settling %s, then profiling %s", scenario, plan.settle(), window);
                long settleStart = System.nanoTime();
                CommandScenarios.settle(plan, new Report(), scenario, op);
                double settled = (System.nanoTime() - settleStart) / 1e9;

                Path jfr = work.resolve(scenario + ".jfr");
                Load.Result result;
                Cpu.Usage usage;
                // per-thread CPU is read inside the window, while the load threads (which run S1's commands) live
                Duration margin = Duration.ofMillis(200);
                java.util.concurrent.CompletableFuture<ThreadCpu[]> threadCpu = new java.util.concurrent
                        .CompletableFuture<>();
                try (Recording recording = new Recording()) {
                    recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10)).withStackTrace();
                    recording.start();
                    Cpu.Meter cpu = new Cpu.Meter(pg.postmasterPid).start();
                    Thread reader = new Thread(() -> {
                        try {
                            Thread.sleep(margin.toMillis());
                            ThreadCpu first = ThreadCpu.now();
                            Thread.sleep(window.minus(margin.multipliedBy(2)).toMillis());
                            threadCpu.complete(new ThreadCpu[]{first, ThreadCpu.now()});
                        } catch (InterruptedException | RuntimeException e) {
                            threadCpu.completeExceptionally(e);
                        }
                    }, "profile-thread-cpu");
                    reader.start();
                    result = Load.closed(CommandScenarios.CLIENTS, Duration.ZERO, window, op);
                    usage = cpu.stop();
                    recording.stop();
                    recording.dump(jfr);
                }
                StackProfile profile = StackProfile.read(jfr);
                double commands = result.ops();
                double jvmMs = 1000 * usage.jvmSeconds() / commands;
                String what = scenario.equals("S1")
                        ? "S1: installments and expenditures via the CommandGateway, 100 platforms, 8 client threads, "
                        + "query side projecting"
                        : "S2: installments via POST /api/v1/platforms/{id}/installments (HTTP Basic, Idempotency-Key), "
                        + "100 platforms, 8 keep-alive HTTP clients, query side projecting";
                String context = String.format(Locale.ROOT, "%s. Recorded %s (machine clock) after %.0f s of settling "
                                + "(at least %d s, longer while the JIT compilers were busy): %,.0f commands/s (p50 "
                                + "%.2f ms, %d errors); %s; %s.%n%n%s",
                        what, LocalDate.now(), settled, plan.settle().toSeconds(), result.perSecond(), result.p(50),
                        result.errors(),
                        usage.describe(), usage.perOperation(commands, "command"), Machine.describe());
                Files.writeString(work.resolve(scenario + ".folded"), profile.folded.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("\n")) + "\n");
                Files.writeString(outDir.resolve(scenario + "-flame.svg"), FlameGraph.svg(
                        scenario + ": CPU samples of the bench JVM (command side, query side, load clients)",
                        String.format(Locale.ROOT, "%,d samples of jdk.ExecutionSample; %,.0f commands/s; %.2f ms JVM "
                                + "CPU per command; roots are thread kinds; hover for samples", profile.samples,
                                result.perSecond(), jvmMs), profile.folded, StackProfile::colour));
                ThreadCpu[] reads = threadCpu.get();
                Map<String, double[]> jvmThreads = reads[1].procSince(reads[0]);
                double[] java = jvmThreads.getOrDefault("Java threads", new double[2]);
                double javaSeconds = java[0] + java[1] + jvmThreads.get(ThreadCpu.ENDED)[0];
                // the commands of the thread readings' stretch, a little shorter than the window
                double threadCommands = commands * reads[1].secondsSince(reads[0]) / (window.toNanos() / 1e9);
                Files.writeString(outDir.resolve(scenario + "-profile.md"), profile.markdown(
                        scenario + ": where the JVM's CPU goes", context,
                        cpuByThread(jvmThreads, threadCommands, usage, commands),
                        1000 * javaSeconds / threadCommands));
                Report.log("%s: %,d samples, %s; written to %s", scenario, profile.samples, usage.describe(),
                        outDir.toAbsolutePath());
                for (Map.Entry<String, Long> e : profile.byCategory.entrySet()) {
                    Report.log("  %-70s %5.1f %%", e.getKey(), 100.0 * e.getValue() / profile.samples);
                }
            } finally {
                Apps.close(query, command);
            }
        }
    }
}
