package cn.jsedu.ledger.command.config;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Tells Axon when an append lost a race: PostgreSQL's unique_violation (SQLSTATE 23505), also when it hides in a
 * batch's next exception. Axon's stock JDBC resolver looks for SQLIntegrityConstraintViolationException, which
 * the PostgreSQL driver never throws; without this, a lost race would surface as a storage failure instead of
 * Axon's ConcurrencyException, and the command would not be retried.
 */
public class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
