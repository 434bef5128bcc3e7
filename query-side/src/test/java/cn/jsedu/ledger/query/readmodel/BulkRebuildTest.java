package cn.jsedu.ledger.query.readmodel;

import cn.jsedu.ledger.query.QuerySideApplication;
import cn.jsedu.ledger.query.eventstream.XidOrderedEventSource;
import cn.jsedu.ledger.query.support.TestDatabase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bulk rebuild against the incremental projection: over a store holding every event type, while events keep
 * being appended and readers keep reading, it ends with exactly the rows that Axon's own replay through the same
 * handlers produces (every read-model table, row by row), every event applied once, the tables defined as
 * before, and no reader ever saw a half-swapped read model. In a database of its own (its processor must not meet
 * the other test contexts').
 */
@SpringBootTest(classes = QuerySideApplication.class, properties = {QuerySideApplication.CONFIG_NAME,
        "ledger.processors.token-claim-interval=500ms", "ledger.checkpoints.interval=0"})
class BulkRebuildTest {

    private static final String DATABASE = "bulk_rebuild";
    private static final int PLATFORMS = 28;

    @Autowired
    ReadModelRebuild rebuild;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    XidOrderedEventSource source;

    private final DataSource database = TestDatabase.dataSource(DATABASE);
    private final JdbcTemplate db = new JdbcTemplate(database);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, DATABASE);
    }

    @Test
    void endsWithTheRowsOfTheIncrementalProjectionWhileEventsKeepComingAndReadersNeverSeeAHalfState()
            throws Exception {
        StoreWriter store = new StoreWriter(database);
        List<String> platforms = new ArrayList<>();
        for (int i = 0; i < PLATFORMS; i++) {
            String platform = "BR-" + i;
            platforms.add(platform);
            store.append(platform, EveryEvent.of(platform, i));
        }
        // an evaluation round's own stream beside the platforms', and its results on two of them (ADR 0026)
        String roundId = "EVAL-BR-2021-ANNUAL-ALL";
        store.append(roundId, EveryEvent.round(roundId, platforms.subList(0, 2)));
        for (int i = 0; i < 2; i++) {
            store.append(platforms.get(i), List.of(EveryEvent.publishedOn(roundId, platforms.get(i), i + 1, 2)));
        }
        awaitCaughtUp();
        db.execute("DO $$ BEGIN CREATE ROLE bulk_rebuild_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
        db.execute("GRANT SELECT ON read_model.platform, read_model.ledger_entry TO bulk_rebuild_reader");
        Map<String, List<String>> definitions = definitions();
        int declared = db.queryForObject("SELECT count(*) FROM read_model.platform", Integer.class);

        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            int n = 0;
            while (!stop.get()) {
                String platform = platforms.get(n % platforms.size());
                store.append(platform, List.of(EveryEvent.moneyFor(platform, n++)));
            }
        }, "events-during-the-rebuild");
        Reader reader = new Reader(declared);
        Thread readers = new Thread(reader, "reader-during-the-rebuild");
        writer.start();
        readers.start();
        try {
            assertThat(rebuild.rebuild()).isTrue();
            assertThat(rebuild.rebuild()).as("one rebuild at a time").isFalse();
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50)).until(() -> {
                assertThat(rebuild.phase()).isNotEqualTo(ReadModelRebuild.Phase.FAILED);
                return rebuild.phase() == ReadModelRebuild.Phase.PROJECTING;
            });
            // a little more traffic on the rebuilt tables, then quiet
            int after = store.moneyEvents().size();
            await().atMost(Duration.ofSeconds(30)).until(() -> store.moneyEvents().size() > after + 20);
        } finally {
            stop.set(true);
            writer.join();
            reader.stop.set(true);
            readers.join();
        }
        awaitCaughtUp();
        assertThat(rebuild.status().complete()).isTrue();
        Map<String, List<String>> bulk = rows();

        // The incremental projection of the same store: Axon's reset and replay through the processor, batch by batch.
        StreamingEventProcessor processor = processor();
        processor.shutDown();
        processor.resetTokens(StreamableMessageSource::createTailToken);
        processor.start();
        awaitCaughtUp();
        Map<String, List<String>> incremental = rows();

        for (String table : incremental.keySet()) {
            assertThat(bulk.get(table)).as(table + ", row by row").containsExactlyElementsOf(incremental.get(table));
        }
        assertThat(db.queryForList("SELECT status || ' ' || version FROM read_model.evaluation_round", String.class))
                .as("the round's stream, projected in the same group").containsExactly("PUBLISHED 10");
        assertThat(db.queryForObject("SELECT count(*) FROM read_model.evaluation_result", Integer.class)).isEqualTo(2);
        assertThat(db.queryForList("SELECT event_id FROM read_model.ledger_entry", String.class))
                .as("every money event of the store once, those appended during the rebuild included")
                .containsExactlyInAnyOrderElementsOf(store.moneyEvents());
        assertThat(definitions()).as("the tables as defined before, keys, indexes and grants included")
                .isEqualTo(definitions);
        assertThat(reader.errors).as("what readers met during the rebuild").isEmpty();
        assertThat(reader.reads.get()).isPositive();
        assertThat(db.queryForList("SELECT nspname FROM pg_namespace WHERE nspname = ?", String.class,
                StagingTables.SCHEMA)).as("the staging schema is gone").isEmpty();
    }

    @Test
    void theSwapWaitsForAReaderThatHoldsATableAndNeverBreaksIt() throws Exception {
        StoreWriter store = new StoreWriter(database);
        store.append("BR-LOCK", EveryEvent.of("BR-LOCK", 1));
        awaitCaughtUp();
        try (var reader = database.getConnection(); var statement = reader.createStatement()) {
            reader.setAutoCommit(false);
            // A long report: it holds its tables until its transaction ends.
            statement.executeQuery("SELECT count(*) FROM read_model.decision").close();

            assertThat(rebuild.rebuild()).isTrue();
            await().atMost(Duration.ofMinutes(2)).until(() -> rebuild.phase() == ReadModelRebuild.Phase.SWAPPING);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                    .until(() -> rebuild.phase() == ReadModelRebuild.Phase.SWAPPING);
            try (var more = statement.executeQuery("SELECT count(*) FROM read_model.decision")) {
                assertThat(more.next()).as("the reader goes on reading the old tables").isTrue();
            }
            reader.commit();
        }
        await().atMost(Duration.ofMinutes(1)).until(() -> {
            assertThat(rebuild.phase()).isNotEqualTo(ReadModelRebuild.Phase.FAILED);
            return rebuild.phase() == ReadModelRebuild.Phase.PROJECTING;
        });
        awaitCaughtUp();
        assertThat(db.queryForObject("SELECT count(*) FROM read_model.decision WHERE platform_id = 'BR-LOCK'",
                Integer.class)).isPositive();
    }

    /**
     * Reads as a dashboard would, one statement at a time, and checks each answer on its own: the platforms are
     * all there, and each one's running totals agree with its ledger lines (both move in one transaction, and the
     * old read model and the new one are at different positions, so a statement that saw one table of each would
     * disagree).
     */
    private final class Reader implements Runnable {
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicInteger reads = new AtomicInteger();
        final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        private final int declared;

        Reader(int declared) {
            this.declared = declared;
        }

        @Override
        public void run() {
            while (!stop.get()) {
                try {
                    Map<String, Object> answer = db.queryForMap("""
                            SELECT (SELECT count(*) FROM read_model.platform) AS platforms,
                                   (SELECT count(*) FROM read_model.platform p
                                     WHERE p.received_cash <> (SELECT COALESCE(sum(l.received_cash), 0)
                                             FROM read_model.ledger_entry l WHERE l.platform_id = p.platform_id)
                                        OR p.spent <> (SELECT COALESCE(sum(l.spent), 0)
                                             FROM read_model.ledger_entry l WHERE l.platform_id = p.platform_id))
                                     AS disagreeing""");
                    if (((Number) answer.get("platforms")).intValue() < declared
                            || ((Number) answer.get("disagreeing")).intValue() != 0) {
                        errors.add("half a read model: " + answer);
                    }
                    reads.incrementAndGet();
                } catch (RuntimeException e) {
                    errors.add(e.toString());
                }
            }
        }
    }

    private StreamingEventProcessor processor() {
        return processing.eventProcessor(ReadModels.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
    }

    private void awaitCaughtUp() {
        TrackingToken head = source.createHeadToken();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100)).until(() ->
                processor().processingStatus().size() == 2 && processor().processingStatus().values().stream()
                        .allMatch(s -> s.getError() == null && WrappedToken.unwrapLowerBound(s.getTrackingToken()) != null
                                && WrappedToken.unwrapLowerBound(s.getTrackingToken()).covers(head)));
    }

    /** Every row of every read-model table as JSON text, sorted. */
    private Map<String, List<String>> rows() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : ReadModelReset.TABLES.split(",\\s*")) {
            tables.put(table, db.queryForList("SELECT row_to_json(t)::text AS r FROM " + table + " t ORDER BY r",
                    String.class));
        }
        return tables;
    }

    /** What each table is: columns, keys and indexes, grants, owner, persistence. */
    private Map<String, List<String>> definitions() {
        Map<String, List<String>> definitions = new LinkedHashMap<>();
        for (String table : ReadModelReset.TABLES.split(",\\s*")) {
            List<String> facts = new ArrayList<>(db.queryForList("""
                    SELECT 'column ' || a.attnum || ' ' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                           || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
                           || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')
                    FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                    WHERE a.attrelid = CAST(? AS regclass) AND a.attnum > 0 AND NOT a.attisdropped
                    ORDER BY a.attnum""", String.class, table));
            facts.addAll(db.queryForList("SELECT 'index ' || indexdef FROM pg_indexes "
                    + "WHERE schemaname || '.' || tablename = ? ORDER BY indexname", String.class, table));
            facts.addAll(db.queryForList("""
                    SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
                    WHERE conrelid = CAST(? AS regclass) ORDER BY conname""", String.class, table));
            facts.addAll(db.queryForList("""
                    SELECT 'table ' || CAST(c.relpersistence AS text) || ' owned by ' || pg_get_userbyid(c.relowner)
                           || ' grants ' || COALESCE(CAST(c.relacl AS text), '-')
                    FROM pg_class c WHERE c.oid = CAST(? AS regclass)""", String.class, table));
            definitions.put(table, facts);
        }
        return definitions;
    }
}
