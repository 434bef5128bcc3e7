package cn.jsedu.ledger.system.tamper;

import cn.jsedu.ledger.command.config.DatabaseRoles;
import cn.jsedu.ledger.system.Commands;
import cn.jsedu.ledger.system.LedgerSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The running system's event table, as each database role sees it (ADR 0011): the application roles lack the
 * privilege to change or remove events, the owner is stopped by the trigger.
 */
class AppendOnlyLedgerIT {

    private static final List<String> CHANGES = List.of(
            "UPDATE event_store.domain_event_entry SET payload = payload",
            "DELETE FROM event_store.domain_event_entry",
            "TRUNCATE event_store.domain_event_entry");

    private static LedgerSystem ledger;

    @BeforeAll
    static void aLedgerWithEvents() {
        ledger = LedgerSystem.get();
        new Commands(ledger.commands).approvedPlatform("APPEND-ONLY-1", "9700000001");
    }

    private static Connection as(String role) throws SQLException {
        return DriverManager.getConnection(ledger.url("postgres"), role, "");
    }

    @Test
    void theServicesRunAsTheirOwnRoles() {
        assertThat(ledger.jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo(DatabaseRoles.QUERY);
        assertThat(ledger.commandSide.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("SELECT current_user", String.class)).isEqualTo(DatabaseRoles.COMMAND);
    }

    @Test
    void updateDeleteAndTruncateAreRefusedToEveryRoleOfTheLedger() throws SQLException {
        long before = events();
        for (String role : List.of(DatabaseRoles.COMMAND, DatabaseRoles.QUERY, DatabaseRoles.AUDITOR)) {
            try (Connection connection = as(role); Statement statement = connection.createStatement()) {
                for (String change : CHANGES) {
                    assertThatThrownBy(() -> statement.execute(change)).as(role + ": " + change)
                            .hasMessageContaining("permission denied");
                }
            }
        }
        try (Connection connection = as(DatabaseRoles.OWNER); Statement statement = connection.createStatement()) {
            for (String change : CHANGES) {
                assertThatThrownBy(() -> statement.execute(change)).as("owner: " + change)
                        .hasMessageContaining("is append-only");
            }
        }
        assertThat(events()).isEqualTo(before).isPositive();
    }

    private static long events() {
        return ledger.jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry", Long.class);
    }
}
