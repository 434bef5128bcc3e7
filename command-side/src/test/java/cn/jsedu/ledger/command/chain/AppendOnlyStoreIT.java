package cn.jsedu.ledger.command.chain;

import cn.jsedu.ledger.command.config.DatabaseRoles;
import cn.jsedu.ledger.command.config.RolePasswords;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

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
    @Autowired
    RolePasswords passwords;

    @BeforeEach
    void aLedgerWithEvents() {
        if (jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = 'RO-1'",
                Long.class) == 0) {
            approvedPlatform(new Api(port), "RO-1", "9520000001");
        }
    }

    /** A role with its password over TCP; the superuser through the command side's private socket (ADR 0002). */
    private Connection as(String role) throws SQLException {
        if (role.equals("postgres")) {
            return postgres.getPostgresDatabase().getConnection();
        }
        String password = Map.of(DatabaseRoles.OWNER, passwords.owner(), DatabaseRoles.COMMAND, passwords.command(),
                DatabaseRoles.QUERY, passwords.query(), DatabaseRoles.AUDITOR, passwords.auditor()).get(role);
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", role,
                password);
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

    /**
     * The query side streams in (tx_id, global_index) order below the oldest running transaction (ADR 0003): a row
     * that chose an old tx_id would land below its token and never be projected. A correctly shaped next event of
     * RO-1 that names the tx_id of RO-1's declaration, or its own global index, is refused to the command role (no
     * column privilege) and to the owner (the trigger), maintenance switch or not.
     */
    @Test
    void anAppendCannotChooseItsPlaceInTheStream() throws SQLException {
        long before = events();
        String columns = "event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type, "
                + "payload_revision, payload, meta_data";
        String nextEventOfRo1 = " FROM event_store.domain_event_entry WHERE aggregate_identifier = 'RO-1' "
                + "ORDER BY sequence_number DESC LIMIT 1";
        String oldTxId = "INSERT INTO event_store.domain_event_entry (" + columns + ", tx_id) SELECT 'forged-tx', "
                + "aggregate_identifier, sequence_number + 1, type, time_stamp, payload_type, payload_revision, payload, "
                + "meta_data, (SELECT tx_id FROM event_store.domain_event_entry WHERE aggregate_identifier = 'RO-1' "
                + "AND sequence_number = 0)"
                + nextEventOfRo1;
        String ownIndex = "INSERT INTO event_store.domain_event_entry (" + columns + ", global_index) SELECT "
                + "'forged-index', aggregate_identifier, sequence_number + 1, type, time_stamp, payload_type, "
                + "payload_revision, payload, meta_data, 1" + nextEventOfRo1;
        String honest = "INSERT INTO event_store.domain_event_entry (" + columns + ") SELECT 'honest', "
                + "aggregate_identifier, sequence_number + 1, type, time_stamp, payload_type, payload_revision, payload, "
                + "meta_data" + nextEventOfRo1 + " RETURNING tx_id = pg_current_xact_id()";
        try (Connection connection = as(DatabaseRoles.COMMAND); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (String forged : List.of(oldTxId, ownIndex)) {
                assertThatThrownBy(() -> statement.execute(forged)).as("command role: " + forged)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
                connection.rollback();
            }
            ResultSet stamped = statement.executeQuery(honest);
            assertThat(stamped.next() && stamped.getBoolean(1)).as("an honest append gets its own transaction id").isTrue();
            connection.rollback();
        }
        try (Connection connection = as(DatabaseRoles.OWNER); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            assertThatThrownBy(() -> statement.execute(oldTxId)).as("owner")
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getMessage()).contains("tx_id"));
            connection.rollback();
            statement.execute("SET LOCAL ledger.allow_event_maintenance = 'on'");
            assertThatThrownBy(() -> statement.execute(oldTxId)).as("owner, maintenance switch on")
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getMessage()).contains("tx_id"));
            connection.rollback();
        }
        assertThat(events()).isEqualTo(before);
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry", Long.class);
    }
}
