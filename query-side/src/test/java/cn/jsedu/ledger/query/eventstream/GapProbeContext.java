package cn.jsedu.ledger.query.eventstream;

import cn.jsedu.ledger.query.QuerySideApplication;
import cn.jsedu.ledger.query.support.TestDatabase;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;
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

    /**
     * Applying a few hundred events takes a second or two, but these processors share two cores with every other
     * build of a busy machine: the bound is for a failing test only.
     */
    static ConditionFactory eventually() {
        return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(25));
    }

    /** Waits until every event is applied, then checks that none was applied twice. */
    void awaitAppliedExactlyOnce(Collection<String> eventIds) {
        try {
            eventually().until(() -> probe.applied(eventIds) == eventIds.size());
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("not applied (id, tx_id, global_index): " + probe.missing(eventIds), e);
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
