package cn.jsedu.ledger.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * CPU time and memory of processes, from /proc (Linux): where the time of a scenario went, split between the JVMs
 * and PostgreSQL. Ticks are 1/100 s (CLK_TCK of Linux on x86-64).
 */
final class Cpu {

    static final double TICKS_PER_SECOND = 100.0;
    static final int CORES = Runtime.getRuntime().availableProcessors();
    /** Attempts at a PostgreSQL reading during which no backend was reaped (see {@link #pgReading}). */
    private static final int ATTEMPTS = 50;

    /**
     * Where process statistics come from: /proc itself, or in a test a view of it that decides when a process
     * exits relative to the reads.
     */
    interface Proc {
        /** The fields of /proc/PID/stat after the command name, or null when there is no such process. */
        String[] stat(long pid);

        /** The pids of every process now (thread-group leaders, as /proc lists them). */
        long[] pids();
    }

    static final Proc PROC = new Proc() {
        @Override
        public String[] stat(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        @Override
        public long[] pids() {
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                return procs.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                        .mapToLong(Long::parseLong).toArray();
            } catch (IOException e) {
                throw new IllegalStateException("cannot list /proc", e);
            }
        }
    };

    private Cpu() {
    }

    /** CPU seconds used so far by this JVM (both in-process applications and the load clients). */
    static double selfSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /**
     * CPU seconds this JVM's JIT compiler threads (C1, C2) have used so far: compilation still running in a timed
     * window means the code measured is partly not yet compiled.
     */
    static double jitSeconds() {
        double sum = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String comm = Files.readString(task.resolve("comm"));
                    if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
                        String stat = Files.readString(task.resolve("stat"));
                        sum += ticks(stat.substring(stat.lastIndexOf(')') + 2).split(" "), false) / TICKS_PER_SECOND;
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return sum;
    }

    /** CPU seconds of one process; with {@code reaped}, also of its children that have exited. */
    static double seconds(long pid, boolean reaped) {
        String[] f = PROC.stat(pid);
        return f == null ? 0 : ticks(f, reaped) / TICKS_PER_SECOND;
    }

    /** Fields [11] utime, [12] stime, [13] cutime, [14] cstime of /proc/PID/stat (after the command name). */
    private static long ticks(String[] f, boolean reaped) {
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return reaped ? ticks + reapedTicks(f) : ticks;
    }

    private static long reapedTicks(String[] f) {
        return Long.parseLong(f[13]) + Long.parseLong(f[14]);
    }

    /** One reading of a PostgreSQL server's CPU: the ticks and how many processes they were summed over. */
    record Reading(long ticks, int processes) {
        double seconds() {
            return ticks / TICKS_PER_SECOND;
        }
    }

    /**
     * CPU seconds of a PostgreSQL server so far: the postmaster, its live processes, and those it has reaped
     * (its cutime and cstime). Every process is counted exactly once: a backend that exits while its siblings are
     * being read moves from the live ones into the postmaster's reaped time, and a reading that straddled that
     * move would miss it (then the next reading counts all of its CPU as if spent in between: the 2.7 cores on
     * 2 of the first run) or count it twice. So the reaped time is read before and after the live processes, and
     * the reading is taken only when no backend was reaped in between.
     */
    static Reading pgReading(Proc proc, long postmaster) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String[] pm = proc.stat(postmaster);
            if (pm == null) {
                throw new IllegalStateException("PostgreSQL's postmaster " + postmaster + " is gone");
            }
            long reapedBefore = reapedTicks(pm);
            long ticks = ticks(pm, false);
            int processes = 1;
            for (long pid : proc.pids()) {
                String[] f = pid == postmaster ? null : proc.stat(pid);
                if (f != null && Long.parseLong(f[1]) == postmaster) {
                    // a backend's own reaped children (none today) reach the postmaster's cutime with it
                    ticks += ticks(f, true);
                    processes++;
                }
            }
            String[] after = proc.stat(postmaster);
            if (after == null) {
                throw new IllegalStateException("PostgreSQL's postmaster " + postmaster + " is gone");
            }
            if (reapedTicks(after) == reapedBefore) {
                return new Reading(ticks + reapedBefore, processes);
            }
        }
        throw new IllegalStateException("no reading of PostgreSQL's CPU without a backend exiting in between after "
                + ATTEMPTS + " attempts");
    }

    static long parentOf(long pid) {
        String[] f = PROC.stat(pid);
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

    /**
     * CPU used during a stretch of wall time: by this JVM (or the listed child JVMs) and by PostgreSQL.
     * {@code slack} is the CPU the readings' rounding can add (one tick per process read, at each end): no more
     * than that may exceed what the cores could give in the stretch.
     */
    record Usage(double wallSeconds, double jvmSeconds, double pgSeconds, int cores, double slack,
                 double jitSeconds) {

        /** A reading without the JIT's share (child JVMs). */
        Usage(double wallSeconds, double jvmSeconds, double pgSeconds, int cores, double slack) {
            this(wallSeconds, jvmSeconds, pgSeconds, cores, slack, Double.NaN);
        }

        /**
         * Refuses a figure the machine cannot have produced: more CPU than {@code cores × wall}. Such a figure means
         * the meter counted CPU spent outside the stretch; printing it would mislead whoever reads the notes.
         */
        Usage {
            if (jvmSeconds + pgSeconds > cores * wallSeconds + slack) {
                throw new ImpossibleCpuFigure(String.format(Locale.ROOT, "impossible CPU figure: JVM %.2f + "
                        + "PostgreSQL %.2f CPU-s in %.2f s of wall time on %d cores (%.2f cores used; rounding slack "
                        + "%.2f CPU-s)", jvmSeconds, pgSeconds, wallSeconds, cores,
                        (jvmSeconds + pgSeconds) / wallSeconds, slack));
            }
        }

        double jvmShare() {
            return jvmSeconds / (cores * wallSeconds);
        }

        double pgShare() {
            return pgSeconds / (cores * wallSeconds);
        }

        String describe() {
            String jit = Double.isNaN(jitSeconds) ? "" : String.format(Locale.ROOT, ", of which JIT compilers %.1f",
                    jitSeconds);
            return String.format(Locale.ROOT,
                    "%.1f s wall: JVM %.1f CPU-s (%.0f %% of the %d cores%s), PostgreSQL %.1f CPU-s (%.0f %%)",
                    wallSeconds, jvmSeconds, 100 * jvmShare(), cores, jit, pgSeconds, 100 * pgShare());
        }

        /** JVM and PostgreSQL CPU per operation, in milliseconds, for {@code ops} operations in the stretch. */
        String perOperation(double ops, String operation) {
            return String.format(Locale.ROOT, "about %.2f ms of JVM CPU and %.2f ms of PostgreSQL CPU per %s",
                    1000 * jvmSeconds / ops, 1000 * pgSeconds / ops, operation);
        }
    }

    /** A CPU figure above what the cores can give: the run stops rather than print it. */
    static final class ImpossibleCpuFigure extends IllegalStateException {
        ImpossibleCpuFigure(String message) {
            super(message);
        }
    }

    /** Measures CPU over a stretch: {@code start()} then {@code stop()}. */
    static final class Meter {
        private final Proc proc;
        private final long postmaster;
        private final long[] jvmPids;
        private long t0;
        private double jvm0;
        private double jit0;
        private Reading pg0;

        Meter(long postmaster, long... jvmPids) {
            this(PROC, postmaster, jvmPids);
        }

        Meter(Proc proc, long postmaster, long... jvmPids) {
            this.proc = proc;
            this.postmaster = postmaster;
            this.jvmPids = jvmPids;
        }

        Meter start() {
            // the clock starts before the first reading and stops after the last: CPU counted lies inside the wall
            t0 = System.nanoTime();
            jvm0 = jvm();
            jit0 = jvmPids.length == 0 ? jitSeconds() : Double.NaN;
            pg0 = pgReading(proc, postmaster);
            return this;
        }

        Usage stop() {
            double jvm = jvm() - jvm0;
            double jit = jvmPids.length == 0 ? jitSeconds() - jit0 : Double.NaN;
            Reading pg1 = pgReading(proc, postmaster);
            double wall = (System.nanoTime() - t0) / 1e9;
            double slack = (pg0.processes() + pg1.processes() + 2.0 * jvmPids.length) / TICKS_PER_SECOND;
            return new Usage(wall, jvm, pg1.seconds() - pg0.seconds(), CORES, slack, jit);
        }

        private double jvm() {
            if (jvmPids.length == 0) {
                return selfSeconds();
            }
            double sum = 0;
            for (long pid : jvmPids) {
                String[] f = proc.stat(pid);
                sum += f == null ? 0 : ticks(f, false) / TICKS_PER_SECOND;
            }
            return sum;
        }
    }
}
