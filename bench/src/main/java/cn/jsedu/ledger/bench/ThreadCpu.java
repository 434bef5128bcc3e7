package cn.jsedu.ledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU of this JVM's threads over a stretch, in seconds, from /proc/self/task, user and system time apart: the
 * JVM's own threads (GC, JIT compilers, VM thread, JFR) by kind, the Java threads together. Execution samples see
 * only Java code: this says how much of the JVM's CPU that is, and how much went to the collector and the
 * compilers. (Per Java thread it would miss threads that end within the stretch, as pooled threads do.)
 */
final class ThreadCpu {

    /** Kind → {user seconds, system seconds} for the JVM's own threads and for all Java threads together. */
    private final Map<String, double[]> procByKind;
    /** The whole process's CPU seconds and the clock when read. */
    final double process;
    final long nanos;

    private ThreadCpu(Map<String, double[]> procByKind, double process) {
        this.procByKind = procByKind;
        this.process = process;
        this.nanos = System.nanoTime();
    }

    static ThreadCpu now() {
        double process = Cpu.selfSeconds();
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
        return new ThreadCpu(proc, process);
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

    /**
     * Kind → {user, system} seconds spent between {@code before} and this reading, and what the process spent
     * beyond the threads alive at the end (threads that ended in between) as its own line.
     */
    Map<String, double[]> procSince(ThreadCpu before) {
        Map<String, double[]> out = new LinkedHashMap<>();
        double[] sum = new double[1];
        procByKind.forEach((kind, now) -> {
            double[] then = before.procByKind.getOrDefault(kind, new double[2]);
            out.put(kind, new double[]{now[0] - then[0], now[1] - then[1]});
            sum[0] += now[0] - then[0] + now[1] - then[1];
        });
        out.put(ENDED, new double[]{process - before.process - sum[0], 0});
        return out;
    }

    static final String ENDED = "Java threads that ended in between (the process's CPU less the threads read; "
            + "user and system together)";

    double secondsSince(ThreadCpu before) {
        return (nanos - before.nanos) / 1e9;
    }
}
