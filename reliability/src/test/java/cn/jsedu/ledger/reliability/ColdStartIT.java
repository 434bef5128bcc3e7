package cn.jsedu.ledger.reliability;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Two query-side JVMs started at once on an empty read-model schema: both start, segments initialised once. */
class ColdStartIT {

    @Test
    void twoQuerySidesStartTogetherOnAnEmptyReadModel() throws Exception {
        try (Cluster cluster = Cluster.start("cold-start", 1, 0)) {
            Workload workload = new Workload(cluster, "cold");
            workload.setUp(10, 2000);
            workload.run(4, 50, Duration.ofSeconds(10), Duration.ofMinutes(2));
            Service first = cluster.addQuerySide();
            Service second = cluster.addQuerySide();
            first.awaitHealthy(Cluster.STARTUP);
            second.awaitHealthy(Cluster.STARTUP);
            try (Connection db = cluster.pg.connect(); ResultSet rs = db.createStatement().executeQuery("""
                    SELECT count(*), count(DISTINCT segment) FROM read_model.token_entry WHERE processor_name = 'read-models'""")) {
                rs.next();
                assertThat(rs.getLong(1)).isPositive().isEqualTo(rs.getLong(2));
            }
            Scenarios.finish(cluster, workload, "cold start of two query sides", Map.of("querySides", 2));
        }
    }
}
