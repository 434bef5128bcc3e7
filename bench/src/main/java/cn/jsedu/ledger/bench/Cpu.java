package cn.jsedu.ledger.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time and memory of processes, from /proc (Linux): where the time of a scenario went, split between the JVMs
 * and PostgreSQL. Ticks are 1/100 s (CLK_TCK of Linux on x86-64).
 */
final class Cpu {

    static final double TICKS_PER_SECOND = 100.0;

    private Cpu() {
    }

    /** CPU seconds used so far by this JVM (both in-process applications and the load clients). */
    static double selfSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** CPU seconds of one process; with {@code reaped}, also of its children that have exited. */
    static double seconds(long pid, boolean reaped) {
        String[] f = statFields(pid);
        if (f == null) {
            return 0;
        }
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        if (reaped) {
            ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** CPU seconds of a PostgreSQL server: the postmaster, its exited backends, and its live processes. */
    static double treeSeconds(long postmaster) {
        double total = seconds(postmaster, true);
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit)) {
                    String[] f = statFields(Long.parseLong(name));
                    if (f != null && Long.parseLong(f[1]) == postmaster) {
                        total += seconds(Long.parseLong(name), false);
                    }
                }
            }
        } catch (IOException e) {
            return total;
        }
        return total;
    }

    static long parentOf(long pid) {
        String[] f = statFields(pid);
        return f == null ? -1 : Long.parseLong(f[1]);
    }

    /** A line of /proc/PID/status in kB, e.g. VmHWM (peak resident set) or VmRSS. */
    static long statusKb(long pid, String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(key + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /** The fields after the command name: [0] state, [1] ppid, ... [11] utime, [12] stime, [13] cutime, [14] cstime. */
    private static String[] statFields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** CPU used during a stretch of wall time: by this JVM, by child JVMs and by PostgreSQL. */
    record Usage(double wallSeconds, double jvmSeconds, double pgSeconds) {

        String describe() {
            return String.format(java.util.Locale.ROOT,
                    "%.1f s wall: JVM %.1f CPU-s (%.0f %% of the 2 cores), PostgreSQL %.1f CPU-s (%.0f %%)",
                    wallSeconds, jvmSeconds, 100 * jvmSeconds / (2 * wallSeconds), pgSeconds,
                    100 * pgSeconds / (2 * wallSeconds));
        }
    }

    /** Measures CPU over a stretch: {@code start()} then {@code stop()}. */
    static final class Meter {
        private final long postmaster;
        private final long[] jvmPids;
        private long t0;
        private double jvm0;
        private double pg0;

        Meter(long postmaster, long... jvmPids) {
            this.postmaster = postmaster;
            this.jvmPids = jvmPids;
        }

        Meter start() {
            t0 = System.nanoTime();
            jvm0 = jvm();
            pg0 = treeSeconds(postmaster);
            return this;
        }

        Usage stop() {
            return new Usage((System.nanoTime() - t0) / 1e9, jvm() - jvm0, treeSeconds(postmaster) - pg0);
        }

        private double jvm() {
            if (jvmPids.length == 0) {
                return selfSeconds();
            }
            double sum = 0;
            for (long pid : jvmPids) {
                sum += seconds(pid, false);
            }
            return sum;
        }
    }
}
