package cn.jsedu.ledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives an operation from N client threads. Closed loop (each client sends its next request when the last one
 * returned) for throughput; open loop (requests at a fixed rate) for latency at a given load.
 */
final class Load {

    @FunctionalInterface
    interface Op {
        /** One request; {@code client} is the thread's number, {@code n} its request count. */
        void run(int client, long n) throws Exception;
    }

    /**
     * @param ops       requests that completed in the timed window
     * @param perSecond ops / window
     * @param latencies nanoseconds of each timed request
     * @param errors    requests that threw, in warm-up and window
     */
    record Result(long ops, double perSecond, long[] latencies, long errors, String firstError) {

        double p(double percentile) {
            return Stats.percentile(latencies, percentile) / 1e6;
        }
    }

    private Load() {
    }

    static Result closed(int clients, Duration warmup, Duration window, Op op) {
        return run(clients, warmup, window, op, 0);
    }

    /**
     * Untimed load for {@code duration} (Plan.settle), before a scenario's first repetition: the JIT compiles its
     * code path first. Failed requests here show again in the timed repetitions, which report them.
     */
    static void settle(int clients, Duration duration, Op op) {
        run(clients, duration, Duration.ZERO, op, 0);
    }

    /** {@code rate} requests per second in total, spread evenly over the clients. */
    static Result open(int clients, double rate, Duration warmup, Duration window, Op op) {
        return run(clients, warmup, window, op, (long) (clients * 1e9 / rate));
    }

    private static Result run(int clients, Duration warmup, Duration window, Op op, long intervalNanos) {
        long start = System.nanoTime();
        long timedFrom = start + warmup.toNanos();
        long end = timedFrom + window.toNanos();
        AtomicLong ops = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Stats.Longs> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Stats.Longs mine = new Stats.Longs();
            latencies.add(mine);
            Thread t = new Thread(() -> {
                // open loop: client c starts c/clients of an interval late, then keeps its own schedule
                long due = start + (intervalNanos * client) / Math.max(1, clients);
                for (long n = 0; ; n++) {
                    long now = System.nanoTime();
                    if (intervalNanos > 0) {
                        if (due > now) {
                            LockSupport.parkNanos(due - now);
                        }
                        due += intervalNanos;
                        now = System.nanoTime();
                    }
                    if (now >= end) {
                        return;
                    }
                    try {
                        op.run(client, n);
                        long done = System.nanoTime();
                        // counted when it completes inside the window (a slow request still counts once)
                        if (done >= timedFrom && done <= end) {
                            ops.incrementAndGet();
                            mine.add(done - now);
                        }
                    } catch (Exception | AssertionError e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                    }
                }
            }, "load-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return new Result(ops.get(), ops.get() / (window.toNanos() / 1e9), Stats.Longs.concat(latencies), errors.get(),
                firstError.get());
    }
}
