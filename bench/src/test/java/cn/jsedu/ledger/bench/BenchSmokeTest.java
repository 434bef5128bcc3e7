package cn.jsedu.ledger.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scenario of the harness with tiny counts, so the harness cannot rot unnoticed. It asserts only that each
 * scenario produced a positive figure: speed goals are measured by the full run (BENCHMARKS.md), never asserted.
 */
class BenchSmokeTest {

    private static final List<String> EXPECTED = List.of("B1.1", "B1.1.p50", "B1.8", "PEER.crud", "PEER.stock", "S1",
            "S2", "S3", "S4.p50", "S4.p99", "B2@S5", "B2@S7", "B1.8@S1", "S5", "S6.cached", "S6.snapshot", "S6.nosnapshot", "S7",
            "S8.balances.api.small", "S8.balances.sql.small", "S8.page.api.small", "S8.page.sql.small",
            "S8.balances.api.large", "S8.page.api.large", "S9.S5", "S9.S4.p50", "S10.rebuild", "S10.cmd",
            "S10.rss.command", "S10.rss.query", "S11.1x.proj", "S11.2x.cmd", "S11.2x.cmd.routed", "S11.2x.proj");

    @Test
    void everyScenarioProducesAFigure() throws Exception {
        Report report = Bench.run(Plan.smoke());
        report.write(Bench.outputDir().resolve("bench-results-smoke.md"));
        System.out.println(report.markdown());
        for (String id : EXPECTED) {
            assertThat(report.has(id)).as(id).isTrue();
            assertThat(report.median(id)).as(id).isPositive();
        }
    }
}
