package cn.jsedu.ledger.query.replica;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;

/**
 * The pool of the database the processors stream events from, when it is a standby ({@link EventSourceSettings}).
 * Deliberately not a {@link DataSource} bean: one would make Spring Boot's own datasource, on which the read
 * models, tokens and transactions live, back off.
 */
public final class EventSourceDatabase implements AutoCloseable {

    /** Shown in the standby's pg_stat_activity. */
    static final String APPLICATION_NAME = "ledger-event-source";

    private final HikariDataSource pool;

    EventSourceDatabase(EventSourceSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("event-source");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.username());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maximumPoolSize());
        // a standby refuses writes anyway; saying so lets the driver and any pooler in between know it
        config.setReadOnly(true);
        config.addDataSourceProperty("ApplicationName", APPLICATION_NAME);
        this.pool = new HikariDataSource(config);
    }

    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }
}
