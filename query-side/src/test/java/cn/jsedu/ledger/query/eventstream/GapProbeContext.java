package cn.jsedu.ledger.query.eventstream;

import cn.jsedu.ledger.query.QuerySideApplication;
import cn.jsedu.ledger.query.support.TestDatabase;
import org.awaitility.core.ConditionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The query side as configured for production (query-side.yml, every default), on the test database, plus the
 * {@link GapProbe} projection. One Spring context shared by the test classes that extend this.
 */
@SpringBootTest(classes = QuerySideApplication.class, properties = {QuerySideApplication.CONFIG_NAME,
        // Only to retry a deliberately failed batch sooner; the stream itself runs on its defaults.
        "ledger.processors.token-claim-interval=500ms"})
@Import(GapProbe.class)
abstract class GapProbeContext {

    @Autowired
    GapProbe probe;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    static ConditionFactory eventually() {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(25));
    }

    /** Waits until every event is applied, then checks that none was applied twice. */
    void awaitAppliedExactlyOnce(Collection<String> eventIds) {
        try {
            eventually().until(() -> probe.applied(eventIds) == eventIds.size());
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(cn.jsedu.ledger.query.support.TestDatabase.dataSource());
            System.out.println("DIAG missing: " + jdbc.queryForList("SELECT e.event_identifier, e.tx_id::text, e.global_index FROM event_store.domain_event_entry e WHERE e.event_identifier = ANY (?) AND NOT EXISTS (SELECT 1 FROM gap_probe.applied a WHERE a.event_id = e.event_identifier) ORDER BY tx_id, global_index LIMIT 20", (Object) eventIds.toArray(String[]::new)));
            System.out.println("DIAG not in table: " + jdbc.queryForObject("SELECT count(*) FROM unnest(?::text[]) AS i(id) WHERE NOT EXISTS (SELECT 1 FROM event_store.domain_event_entry e WHERE e.event_identifier = i.id)", Integer.class, (Object) eventIds.toArray(String[]::new)));
            System.out.println("DIAG snapshot: " + jdbc.queryForList("SELECT pg_current_snapshot()::text"));
            System.out.println("DIAG activity: " + jdbc.queryForList("SELECT pid, backend_xid::text, state, xact_start, left(query, 120) q FROM pg_stat_activity WHERE backend_xid IS NOT NULL OR state <> 'idle'"));
            System.out.println("DIAG tokens: " + jdbc.queryForList("SELECT processor_name, segment, convert_from(token, 'UTF8') t, owner FROM read_model.token_entry"));
            throw e;
        }
        assertThat(probe.duplicates()).as("events applied twice").isEmpty();
    }

    @SafeVarargs
    static List<String> all(Collection<String>... parts) {
        List<String> all = new ArrayList<>();
        for (Collection<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }
}
