package cn.jsedu.ledger.query.readmodel;

import cn.jsedu.ledger.kernel.money.Money;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Writes of the projections. Inside an event processor's batch, nothing is sent per event: statements are
 * buffered and sent at the batch's prepare-commit, in the same transaction as the token update (see
 * {@link WriteBatch}: ordered statements as JDBC batches, then the platforms' running totals summed and their
 * versions maxed, one row each). In a bulk rebuild the same calls go to a {@link BulkLoad} instead (COPY into
 * staging tables): the projections' code is the same for both (the contract: {@link ProjectionWrites}). Outside a
 * unit of work (plain unit tests) everything runs at once.
 */
@Component
public class ReadModelWriter {

    private static final String BATCH = ReadModelWriter.class.getName() + ".batch";

    private final JdbcTemplate jdbc;

    public ReadModelWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A statement whose order matters (inserts, and updates that set values). */
    public void update(String sql, Object... args) {
        ProjectionWrites batch = batch();
        if (batch == null) {
            jdbc.update(sql, args);
        } else {
            batch.statement(sql, args);
        }
    }

    /** Adds to a running money total of the platform row: commutative, so summed over the batch. */
    public void add(String platformId, PlatformTotal total, Money delta) {
        if (delta.isZero()) {
            return;
        }
        ProjectionWrites batch = batch();
        if (batch == null) {
            jdbc.update("UPDATE read_model.platform SET " + total.column() + " = " + total.column() + " + ? WHERE platform_id = ?",
                    Sql.money(delta), platformId);
        } else {
            batch.add(platformId, total, delta);
        }
    }

    /** The platform has applied its event {@code sequence}: the highest one of the batch is written. */
    public void version(String platformId, long sequence, Instant at) {
        ProjectionWrites batch = batch();
        if (batch == null) {
            jdbc.update(RunningTotals.VERSION, sequence, Sql.time(at), platformId);
        } else {
            batch.version(platformId, sequence, at);
        }
    }

    private ProjectionWrites batch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(BATCH, key -> {
            WriteBatch batch = new WriteBatch(jdbc);
            root.onPrepareCommit(u -> batch.flush());
            return batch;
        });
    }

    /** Sends the writes of the projections run in this unit of work to {@code writes} (a bulk rebuild). */
    static void writeTo(UnitOfWork<?> unitOfWork, ProjectionWrites writes) {
        unitOfWork.root().resources().put(BATCH, writes);
    }
}
