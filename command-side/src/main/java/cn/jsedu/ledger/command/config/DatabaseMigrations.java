package cn.jsedu.ledger.command.config;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;

/**
 * Migrates the two schemas the command side owns, each with its own Flyway history: the event store (scripts
 * in shared-kernel, because the query side reads that table) and the command side's own tables.
 */
@Component
public class DatabaseMigrations implements InitializingBean {

    private final DataSource dataSource;

    public DatabaseMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        migrate("event_store", "classpath:db/event-store");
        migrate("command_side", "classpath:db/command-side");
    }

    private void migrate(String schema, String location) {
        Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema).locations(location)
                .load().migrate();
    }
}
