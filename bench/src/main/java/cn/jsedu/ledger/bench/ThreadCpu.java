package cn.jsedu.ledger.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU of this JVM's threads over a stretch, in seconds: the JVM's own threads (GC, JIT compilers, VM thread,
 * JFR) from /proc/self/task, user and system time apart, and the Java threads by kind ({@link
 * StackProfile#threadKind}) from the ThreadMXBean. Execution samples see only Java code: this says how much of the
 * JVM's CPU that is, and how much went to the kernel, the collector and the compilers.
 */
final class ThreadCpu {

    /** Kind → {user seconds, system seconds} for the JVM's own threads and for all Java threads together. */
    private final Map<String, double[]> procByKind;
    /** Java thread id → CPU seconds (user and system) so far, and its kind. */
    private final Map<Long, Double> javaById;
    private final Map<Long, String> kindById;

    private ThreadCpu(Map<String, double[]> procByKind, Map<Long, Double> javaById, Map<Long, String> kindById) {
        this.procByKind = procByKind;
        this.javaById = javaById;
        this.kindById = kindById;
    }

    static ThreadCpu now() {
        Map<String, double[]> proc = new LinkedHashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String comm = Files.readString(task.resolve("comm")).trim();
                    String stat = Files.readString(task.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double[] sum = proc.computeIfAbsent(jvmThreadKind(comm), k -> new double[2]);
                    sum[0] += Long.parseLong(f[11]) / Cpu.TICKS_PER_SECOND;
                    sum[1] += Long.parseLong(f[12]) / Cpu.TICKS_PER_SECOND;
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc/self/task", e);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Double> java = new HashMap<>();
        Map<Long, String> kinds = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            ThreadInfo info = threads.getThreadInfo(id);
            long ns = threads.getThreadCpuTime(id);
            if (info != null && ns >= 0) {
                java.put(id, ns / 1e9);
                kinds.put(id, StackProfile.threadKind(info.getThreadName()));
            }
        }
        return new ThreadCpu(proc, java, kinds);
    }

    /** The JVM's own threads by their (15-character) names; everything else is a Java thread. */
    static String jvmThreadKind(String comm) {
        if (comm.startsWith("GC Thread") || comm.startsWith("G1 ")) {
            return "GC (G1 threads)";
        }
        if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
            return "JIT compilers";
        }
        if (comm.startsWith("JFR ") || comm.startsWith("JFR")) {
            return "JFR (the recording)";
        }
        if (comm.equals("VM Thread") || comm.startsWith("VM Periodic") || comm.startsWith("Sweeper")) {
            return "VM thread (safepoints)";
        }
        return "Java threads";
    }

    /** Kind → {user, system} seconds spent between {@code before} and this reading. */
    Map<String, double[]> procSince(ThreadCpu before) {
        Map<String, double[]> out = new LinkedHashMap<>();
        procByKind.forEach((kind, now) -> {
            double[] then = before.procByKind.getOrDefault(kind, new double[2]);
            out.put(kind, new double[]{now[0] - then[0], now[1] - then[1]});
        });
        return out;
    }

    /** Java thread kind → seconds spent between {@code before} and this reading (threads alive at the end). */
    Map<String, Double> javaSince(ThreadCpu before) {
        Map<String, Double> out = new LinkedHashMap<>();
        javaById.forEach((id, now) -> out.merge(kindById.get(id), now - before.javaById.getOrDefault(id, 0.0),
                Double::sum));
        return out;
    }
}
