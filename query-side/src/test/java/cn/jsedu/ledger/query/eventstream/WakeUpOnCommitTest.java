package cn.jsedu.ledger.query.eventstream;

import cn.jsedu.ledger.query.QuerySideApplication;
import cn.jsedu.ledger.query.config.EventStreamConfig;
import cn.jsedu.ledger.query.support.TestDatabase;
import cn.jsedu.ledger.support.eventstore.EventCommitChannel;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The query side as configured, except that its streams poll every ten minutes: an event applied within seconds
 * was found because the commit was notified. In a database of its own (its processors must not meet the other
 * test contexts').
 */
@SpringBootTest(classes = QuerySideApplication.class, properties = {QuerySideApplication.CONFIG_NAME,
        "ledger.processors.poll-interval=10m", "ledger.processors.token-claim-interval=500ms"})
@Import(GapProbe.class)
class WakeUpOnCommitTest {

    private static final String DATABASE = "wake_up_on_commit";
    private static final Duration WELL_BEFORE_THE_POLL = Duration.ofSeconds(8);

    @Autowired
    GapProbe probe;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    CommitNotifications listener;

    private final DataSource database = TestDatabase.dataSource(DATABASE);
    private final JdbcTemplate db = new JdbcTemplate(database);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, DATABASE);
    }

    @BeforeEach
    void idle() {
        StreamingEventProcessor processor = processing.eventProcessor(GapProbe.GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        await().atMost(Duration.ofSeconds(60)).until(() -> listener.listening()
                && processor.processingStatus().size() == 2
                && processor.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp));
    }

    private List<String> commitAndNotify() {
        List<String> ids = TestEvents.commitInstallments(database, 1);
        db.execute("NOTIFY " + EventCommitChannel.NAME);
        return ids;
    }

    @Test
    void aNotifiedCommitIsAppliedLongBeforeThePoll() {
        for (int i = 0; i < 3; i++) {
            List<String> ids = commitAndNotify();
            await().atMost(WELL_BEFORE_THE_POLL).until(() -> probe.applied(ids) == 1);
        }
        assertThat(probe.duplicates()).isEmpty();
    }

    @Test
    void theListenerReconnectsAfterItsBackendIsTerminated() {
        Integer first = listenerPid();
        assertThat(first).as("the listener's backend, named in pg_stat_activity").isNotNull();

        db.queryForObject("SELECT pg_terminate_backend(?)", Boolean.class, first);

        await().atMost(Duration.ofSeconds(30)).until(() -> listener.listening() && listenerPid() != null
                && !listenerPid().equals(first));
        List<String> ids = commitAndNotify();
        await().atMost(WELL_BEFORE_THE_POLL).until(() -> probe.applied(ids) == 1);
    }

    private Integer listenerPid() {
        List<Integer> pids = db.queryForList("SELECT pid FROM pg_stat_activity WHERE application_name = ? "
                + "AND datname = ?", Integer.class, EventStreamConfig.LISTENER_APPLICATION_NAME, DATABASE);
        return pids.isEmpty() ? null : pids.get(0);
    }
}
