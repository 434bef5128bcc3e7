package cn.jsedu.ledger.command.chain;

import cn.jsedu.ledger.command.config.DatabaseRoles;
import cn.jsedu.ledger.command.support.CommandSideIntegrationTest;
import cn.jsedu.ledger.testsupport.Api;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static cn.jsedu.ledger.command.support.Requests.approvedPlatform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded default's database as the roles see it (ADR 0011): nobody changes or removes events, neither the
 * application roles (no privilege) nor the owner or a superuser (the trigger), except the owner through the
 * maintenance switch.
 */
@CommandSideIntegrationTest
class AppendOnlyStoreIT {

    private static final List<String> CHANGES = List.of(
            "UPDATE event_store.domain_event_entry SET payload = payload WHERE aggregate_identifier = 'RO-1'",
            "DELETE FROM event_store.domain_event_entry WHERE aggregate_identifier = 'RO-1'",
            "TRUNCATE event_store.domain_event_entry");

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aLedgerWithEvents() {
        if (jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = 'RO-1'",
                Long.class) == 0) {
            approvedPlatform(new Api(port), "RO-1", "9520000001");
        }
    }

    private Connection as(String role) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", role, "");
    }

    @Test
    void theRunningCommandSideIsTheCommandRoleAndTheOwnerOwnsTheTables() {
        assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo(DatabaseRoles.COMMAND);
        assertThat(jdbc.queryForObject("SELECT tableowner FROM pg_tables WHERE schemaname = 'event_store' "
                + "AND tablename = 'domain_event_entry'", String.class)).isEqualTo(DatabaseRoles.OWNER);
    }

    @Test
    void theApplicationRolesMayNotUpdateDeleteOrTruncateEvents() throws SQLException {
        for (String role : List.of(DatabaseRoles.COMMAND, DatabaseRoles.QUERY, DatabaseRoles.AUDITOR)) {
            try (Connection connection = as(role); Statement statement = connection.createStatement()) {
                for (String change : CHANGES) {
                    assertThatThrownBy(() -> statement.execute(change)).as(role + ": " + change)
                            .isInstanceOfSatisfying(SQLException.class, e -> {
                                assertThat(e.getSQLState()).isEqualTo("42501");
                                assertThat(e.getMessage()).contains("permission denied");
                            });
                }
            }
        }
        assertThat(events()).isPositive();
    }

    @Test
    void onlyTheCommandRoleMayAppendAndTheReadersOnlyRead() throws SQLException {
        String insert = "INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, "
                + "sequence_number, time_stamp, payload_type, payload) VALUES ('x', 'x', 0, 't', 'p', '\\x00')";
        for (String reader : List.of(DatabaseRoles.QUERY, DatabaseRoles.AUDITOR)) {
            try (Connection connection = as(reader); Statement statement = connection.createStatement()) {
                assertThat(statement.executeQuery("SELECT count(*) FROM event_store.domain_event_entry").next()).isTrue();
                assertThatThrownBy(() -> statement.execute(insert)).hasMessageContaining("permission denied");
            }
        }
        try (Connection connection = as(DatabaseRoles.COMMAND); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute(insert);
            connection.rollback();
            assertThatThrownBy(() -> statement.execute("CREATE TABLE event_store.x (i int)"))
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void theOwnerAndASuperuserAreRefusedByTheTriggerInNormalOperation() throws SQLException {
        for (String role : List.of(DatabaseRoles.OWNER, "postgres")) {
            try (Connection connection = as(role); Statement statement = connection.createStatement()) {
                for (String change : CHANGES) {
                    assertThatThrownBy(() -> statement.execute(change)).as(role + ": " + change)
                            .hasMessageContaining("is append-only");
                }
            }
        }
        assertThat(events()).isPositive();
    }

    @Test
    void theMaintenanceSwitchWorksForTheOwnerOnly() throws SQLException {
        long before = events();
        try (Connection connection = as(DatabaseRoles.OWNER); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("SET LOCAL ledger.allow_event_maintenance = 'on'");
            assertThat(statement.executeUpdate(CHANGES.get(1))).isPositive();
            connection.rollback();
        }
        try (Connection connection = as("postgres"); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            // A role that was wrongly granted DELETE still cannot use the switch: it is not the owner.
            statement.execute("GRANT DELETE ON event_store.domain_event_entry TO " + DatabaseRoles.AUDITOR);
            statement.execute("SET LOCAL ROLE " + DatabaseRoles.AUDITOR);
            statement.execute("SET LOCAL ledger.allow_event_maintenance = 'on'");
            assertThatThrownBy(() -> statement.execute(CHANGES.get(1))).hasMessageContaining("is append-only");
            connection.rollback();
        }
        assertThat(events()).isEqualTo(before);
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry", Long.class);
    }
}
