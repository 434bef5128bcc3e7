package cn.jsedu.ledger.command.config;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.Map;

/**
 * Migrates the two schemas the command side owns, each with its own Flyway history: the event store (scripts in
 * shared-kernel, because the query side reads that table: its shape in db/event-store, its append-only policy and
 * privileges in db/event-store-policy) and the command side's own tables.
 *
 * <p>Migrations run as the schema owner (ADR 0011): the embedded default's {@code ledger_owner}, or with a URL
 * configured the account in {@code ledger.db.owner-username}. Without one, they run with the application's own
 * account, as before roles existed; then a warning says that least privilege is not in effect.
 */
@Component
public class DatabaseMigrations implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DatabaseMigrations.class);

    private final DataSource application;
    private final SchemaOwner owner;

    public DatabaseMigrations(DataSource dataSource, ObjectProvider<SchemaOwner> owner, Environment environment) {
        this.application = dataSource;
        this.owner = owner.getIfAvailable(() -> configuredOwner(dataSource, environment));
    }

    private static SchemaOwner configuredOwner(DataSource application, Environment environment) {
        String username = environment.getProperty("ledger.db.owner-username", "");
        if (username.isBlank()) {
            return new SchemaOwner(application);
        }
        return new SchemaOwner(new DriverManagerDataSource(environment.getRequiredProperty("spring.datasource.url"),
                username, environment.getProperty("ledger.db.owner-password", "")));
    }

    @Override
    public void afterPropertiesSet() {
        migrate(owner.dataSource());
        warnUnlessLeastPrivilege();
    }

    /** Both schemas, connected as their owner; public for harnesses that build the production shape. */
    public static void migrate(DataSource owner) {
        migrate(owner, "event_store", "classpath:db/event-store", "classpath:db/event-store-policy");
        migrate(owner, "command_side", "classpath:db/command-side");
    }

    private static void migrate(DataSource owner, String schema, String... locations) {
        Flyway.configure().dataSource(owner).schemas(schema).defaultSchema(schema).locations(locations).load()
                .migrate();
    }

    /** Operators should know when the running service could change or delete events. */
    private void warnUnlessLeastPrivilege() {
        Map<String, Object> account = new JdbcTemplate(application).queryForMap("""
                SELECT current_user AS name, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
                  has_table_privilege('event_store.domain_event_entry', 'UPDATE')
                  OR has_table_privilege('event_store.domain_event_entry', 'DELETE')
                  OR has_table_privilege('event_store.domain_event_entry', 'TRUNCATE') AS may_change_events""");
        if (Boolean.TRUE.equals(account.get("superuser")) || Boolean.TRUE.equals(account.get("may_change_events"))) {
            log.warn("The command side runs as database user {}, which may change or delete events: least privilege "
                    + "is not in effect (ADR 0011; run as ledger_command and migrate as ledger_owner)",
                    account.get("name"));
        }
    }
}
