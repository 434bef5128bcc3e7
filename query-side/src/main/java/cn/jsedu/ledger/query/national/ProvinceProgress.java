package cn.jsedu.ledger.query.national;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static cn.jsedu.ledger.query.readmodel.Sql.time;

/**
 * Per province, how many of its events the national view has projected and the stored time of the last one
 * (read_model.national_province): what its staleness is shown as. Counted per batch of the national processor and
 * written once per province when the batch commits, in its transaction: one upsert per event would touch a province's
 * row several times in one batched statement, which PostgreSQL refuses. Written directly, not through the
 * ReadModelWriter, which has no such sum; the national tables are never bulk-rebuilt.
 */
final class ProvinceProgress {

    private static final String RESOURCE = ProvinceProgress.class.getName();
    private static final String UPSERT = """
            INSERT INTO read_model.national_province (province, events, last_event_at) VALUES (?, ?, ?)
            ON CONFLICT (province) DO UPDATE SET events = national_province.events + excluded.events,
              last_event_at = greatest(national_province.last_event_at, excluded.last_event_at)""";

    private final JdbcTemplate jdbc;

    ProvinceProgress(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void seen(String province, Instant at) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(UPSERT, province, 1, time(at));
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Map<String, Batch> batch = root.getOrComputeResource(RESOURCE, key -> {
            Map<String, Batch> provinces = new HashMap<>();
            root.onPrepareCommit(u -> provinces.forEach((p, b) -> jdbc.update(UPSERT, p, b.events, time(b.last))));
            return provinces;
        });
        batch.computeIfAbsent(province, p -> new Batch()).add(at);
    }

    /** A province's events of one batch: how many, and the latest stored time. */
    private static final class Batch {

        private long events;
        private Instant last;

        void add(Instant at) {
            events++;
            last = last == null || at.isAfter(last) ? at : last;
        }
    }
}
