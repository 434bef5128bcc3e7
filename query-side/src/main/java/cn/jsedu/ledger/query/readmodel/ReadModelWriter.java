package cn.jsedu.ledger.query.readmodel;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes of the projections. Inside an event processor's batch, statements are buffered and sent at the
 * batch's prepare-commit as JDBC batches (consecutive runs of the same statement), in the order they were
 * made: one round trip per run instead of one per row, in the same transaction as the token update.
 * Outside a unit of work (plain unit tests) they run at once.
 */
@Component
public class ReadModelWriter {

    private static final String BUFFER = ReadModelWriter.class.getName() + ".buffer";

    private final JdbcTemplate jdbc;

    public ReadModelWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void update(String sql, Object... args) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, args);
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        List<Statement> buffer = root.getOrComputeResource(BUFFER, key -> {
            List<Statement> statements = new ArrayList<>();
            root.onPrepareCommit(u -> flush(statements));
            return statements;
        });
        buffer.add(new Statement(sql, args));
    }

    private void flush(List<Statement> statements) {
        int start = 0;
        while (start < statements.size()) {
            String sql = statements.get(start).sql();
            int end = start;
            List<Object[]> run = new ArrayList<>();
            while (end < statements.size() && statements.get(end).sql().equals(sql)) {
                run.add(statements.get(end).args());
                end++;
            }
            if (run.size() == 1) {
                jdbc.update(sql, run.get(0));
            } else {
                jdbc.batchUpdate(sql, run);
            }
            start = end;
        }
        statements.clear();
    }

    private record Statement(String sql, Object[] args) {
    }
}
