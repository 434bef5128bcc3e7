package cn.jsedu.ledger.bench;

import java.time.Duration;

/**
 * How much work each scenario does. {@code full} is the run BENCHMARKS.md reports; {@code smoke} runs every
 * scenario with tiny counts so CI notices when the harness rots (BenchSmokeTest).
 *
 * @param reps          repetitions of every measured figure
 * @param settle        load, untimed, before the first repetition of a throughput scenario: the JIT compiles its
 *                      code path (S2 rose 172 → 211 → 251 commands/s over three repetitions after a 2 s warm-up)
 * @param warmup        load before each timed window starts (caches, connection pools)
 * @param window        one timed window of a throughput scenario
 * @param platforms     platforms that S1/S2/S4 spread their commands over
 * @param bigPlatform   events of the platform that S6 loads and S7 replays
 * @param smallProgramme platforms in the read model for the first S8 measurement
 * @param largeProgramme platforms in the read model for the second S8 measurement
 * @param storeEvents   events of the programme-like store that S5 rebuilds, B2 reads and S4 / S9 run on
 * @param loads         timed commands per repetition of S6
 * @param replays       timed replays per repetition of S7
 * @param reads         timed reads per repetition and query of S8
 * @param backlog       events of the backlog the query side instances of S11 catch up on
 */
record Plan(String name, int reps, Duration settle, Duration warmup, Duration window, int platforms, int bigPlatform,
            int smallProgramme, int largeProgramme, long storeEvents, int loads, int replays, int reads, int backlog) {

    static Plan full() {
        return new Plan("full", 3, Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofSeconds(5), 100, 10_000,
                3_000, 300_000, 1_000_000, 15, 10, 300, 20_000);
    }

    static Plan smoke() {
        return new Plan("smoke", 1, Duration.ofMillis(500), Duration.ofMillis(300), Duration.ofMillis(1000), 20, 300,
                30, 60, 2_000, 2, 2, 10, 500);
    }
}
