package cn.jsedu.ledger.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scenario of the harness with tiny counts, so the harness cannot rot unnoticed. It asserts that each
 * scenario produced a positive figure and that every CPU reading is one the machine could have produced: speed
 * goals are measured by the full run (BENCHMARKS.md), never asserted.
 */
class BenchSmokeTest {

    private static final List<String> EXPECTED = List.of("B1.1", "B1.1.p50", "B1.8", "PEER.crud", "PEER.stock",
            "PEER.http-crud", "S1", "S2", "S3", "S4.p50", "S4.p99", "B2@S5", "B2@S7", "B1.8@S1", "B1.8@S2", "S5",
            "S6.cached", "S6.snapshot", "S6.nosnapshot", "S7",
            "S8.balances.api.small", "S8.balances.sql.small", "S8.page.api.small", "S8.page.sql.small",
            "S8.balances.api.large", "S8.page.api.large", "S9.S5", "S9.S4.p50", "S10.rebuild", "S10.cmd",
            "S10.rss.command", "S10.rss.query", "S11.1x.proj", "S11.router1.cmd", "S11.router1.cmd.visible.p50", "S11.router2.cmd",
            "S11.router2.cmd.visible.p50", "S11.standby.proj");

    /** Measured and reported, but 0 is a possible reading: the primary's replay_lag of a standby that keeps up. */
    private static final List<String> MAY_BE_ZERO = List.of("S11.router1.cmd.replay.max", "S11.router2.cmd.replay.max");

    /** The scenarios whose CPU is metered in the harness JVM and PostgreSQL, one reading per repetition. */
    private static final List<String> METERED = List.of("PEER.stock", "S1", "S2", "PEER.http-crud", "S3", "S5",
            "S9.S5");

    @Test
    void everyScenarioProducesAFigure() throws Exception {
        Report report = Bench.run(Plan.smoke());
        report.write(Bench.outputDir().resolve("bench-results-smoke.md"));
        System.out.println(report.markdown());
        for (String id : EXPECTED) {
            assertThat(report.has(id)).as(id).isTrue();
            assertThat(report.median(id)).as(id).isPositive();
        }
        for (String id : MAY_BE_ZERO) {
            assertThat(report.has(id)).as(id).isTrue();
            assertThat(report.median(id)).as(id).isNotNegative();
        }
        Map<String, List<Cpu.Usage>> cpu = report.cpuUsages();
        assertThat(cpu.keySet()).containsAll(METERED);
        cpu.forEach((id, usages) -> usages.forEach(u -> {
            assertThat(u.jvmSeconds()).as(id + " JVM CPU").isPositive();
            assertThat(u.pgSeconds()).as(id + " PostgreSQL CPU").isPositive();
            assertThat(u.jvmSeconds() + u.pgSeconds()).as(id + ": CPU within what the cores could give")
                    .isLessThanOrEqualTo(u.cores() * u.wallSeconds() + u.slack());
        }));
    }
}
