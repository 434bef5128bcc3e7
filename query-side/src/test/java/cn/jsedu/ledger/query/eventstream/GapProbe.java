package cn.jsedu.ledger.query.eventstream;

import cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A test-only projection on the query side's default processing: it records every event it applies, with a
 * UNIQUE event id, in the processor's transaction. An event applied a second time (in a committed batch) lands in
 * {@code gap_probe.duplicate} instead, so a double application is visible, not merely a failed batch.
 * A {@code @TestComponent}: only tests that import it get it.
 */
@TestComponent
@ProcessingGroup(GapProbe.GROUP)
public class GapProbe {

    static final String GROUP = "gap-probe";

    private final JdbcTemplate jdbc;
    private final Set<String> failOnce = ConcurrentHashMap.newKeySet();

    public GapProbe(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("""
                CREATE SCHEMA IF NOT EXISTS gap_probe;
                CREATE TABLE IF NOT EXISTS gap_probe.applied (event_id TEXT NOT NULL UNIQUE, replay BOOLEAN NOT NULL);
                CREATE TABLE IF NOT EXISTS gap_probe.duplicate (event_id TEXT NOT NULL)""");
    }

    @EventHandler
    public void on(InstallmentRecordedEvent event, DomainEventMessage<?> message, ReplayStatus status) {
        String id = message.getIdentifier();
        int inserted = jdbc.update("INSERT INTO gap_probe.applied (event_id, replay) VALUES (?, ?) "
                + "ON CONFLICT (event_id) DO NOTHING", id, status.isReplay());
        if (inserted == 0) {
            jdbc.update("INSERT INTO gap_probe.duplicate (event_id) VALUES (?)", id);
        }
        if (failOnce.remove(id)) {
            throw new IllegalStateException("planned failure after the projection wrote " + id);
        }
    }

    @ResetHandler
    public void reset() {
        jdbc.update("TRUNCATE gap_probe.applied, gap_probe.duplicate");
    }

    /** The handler throws once for this event, after its write: the whole batch must roll back and be redone. */
    void failOnceAfterWriting(String eventId) {
        failOnce.add(eventId);
    }

    boolean failurePending() {
        return !failOnce.isEmpty();
    }

    int applied(Collection<String> eventIds) {
        return jdbc.queryForObject("SELECT count(*) FROM gap_probe.applied WHERE event_id = ANY (?)", Integer.class,
                (Object) eventIds.toArray(String[]::new));
    }

    List<Boolean> replayFlags(Collection<String> eventIds) {
        return jdbc.queryForList("SELECT replay FROM gap_probe.applied WHERE event_id = ANY (?)", Boolean.class,
                (Object) eventIds.toArray(String[]::new));
    }

    /** For failure messages: the events not applied, with their stream positions. */
    List<String> missing(Collection<String> eventIds) {
        return jdbc.queryForList("""
                SELECT e.event_identifier || ' ' || e.tx_id || ' ' || e.global_index
                FROM event_store.domain_event_entry e
                WHERE e.event_identifier = ANY (?) AND NOT EXISTS
                    (SELECT 1 FROM gap_probe.applied a WHERE a.event_id = e.event_identifier)
                ORDER BY e.tx_id, e.global_index LIMIT 20""", String.class, (Object) eventIds.toArray(String[]::new));
    }

    List<String> duplicates() {
        return jdbc.queryForList("SELECT event_id FROM gap_probe.duplicate", String.class);
    }
}
