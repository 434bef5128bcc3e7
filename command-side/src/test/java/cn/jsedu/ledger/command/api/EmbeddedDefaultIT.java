package cn.jsedu.ledger.command.api;

import cn.jsedu.ledger.command.CommandSideApplication;
import cn.jsedu.ledger.testsupport.Api;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static cn.jsedu.ledger.command.support.Requests.*;
import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With no database configured the command side runs its own PostgreSQL, whose data survives a restart. */
class EmbeddedDefaultIT {

    @TempDir
    Path dataRoot;

    private ConfigurableApplicationContext start() {
        return start(dataRoot.resolve("postgres"));
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(CommandSideApplication.class)
                .properties(CommandSideApplication.CONFIG_NAME)
                .run("--server.port=0", "--ledger.embedded-db.port=0", "--spring.profiles.active=local",
                        "--ledger.embedded-db.data-dir=" + dataDir);
    }

    @Test
    void theLedgerKeepsItsDataAcrossARestart() {
        try (ConfigurableApplicationContext running = start()) {
            assertThat(running.getBeansOfType(EmbeddedPostgres.class)).hasSize(1);
            Api api = new Api(Integer.parseInt(running.getEnvironment().getProperty("local.server.port")));
            // the documented demo users of the local profile
            expect(api.as("admin1", "admin1-demo").post("/api/v1/platforms", declaration("KEEP-1", "9400000001")), 201);
            assertThat(api.as("admin1", "wrong").post("/api/v1/platforms", declaration("KEEP-2", "9400000002")).status())
                    .isEqualTo(401);
        }
        assertThat(dataRoot.resolve("postgres").resolve("PG_VERSION")).exists();
        try (ConfigurableApplicationContext restarted = start()) {
            Api api = new Api(Integer.parseInt(restarted.getEnvironment().getProperty("local.server.port")));
            assertThat(expect(api.as("admin2", "admin2-demo").post("/api/v1/platforms/KEEP-1/approval", approval()), 200)
                    .version()).isEqualTo(1);
            assertThat(restarted.getBean(JdbcTemplate.class)
                    .queryForObject("SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = 'KEEP-1'",
                            Long.class)).as("the platform's events (the default programme's stream is beside them)")
                    .isEqualTo(2);
        }
    }

    /**
     * A data folder as earlier versions left it: zonky's pg_hba.conf trusts every local connection. At the next
     * start the ledger's roles must give their passwords, and the ledger works as before.
     */
    @Test
    void aDataFolderThatTrustedLocalConnectionsAsksForPasswordsAfterTheUpgrade() throws Exception {
        Path dataDir = dataRoot.resolve("before-upgrade");
        try (EmbeddedPostgres before = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                .start()) {
            new JdbcTemplate(before.getPostgresDatabase()).execute("CREATE ROLE ledger_command LOGIN");
        }
        assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).containsPattern("(?m)^host\\s+all\\s+all\\s+\\S+\\s+trust");
        try (ConfigurableApplicationContext upgraded = start(dataDir)) {
            String url = "jdbc:postgresql://localhost:" + upgraded.getBean(EmbeddedPostgres.class).getPort() + "/postgres";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "ledger_command", "").close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
                    .isInstanceOf(SQLException.class);
            try (Connection connection = DriverManager.getConnection(url, "ledger_command", "ledger-command-local")) {
                assertThat(connection.isValid(5)).isTrue();
            }
            Api api = new Api(Integer.parseInt(upgraded.getEnvironment().getProperty("local.server.port")));
            expect(api.as("admin1", "admin1-demo").post("/api/v1/platforms", declaration("UPGRADE-1", "9400000003")), 201);
        }
    }
}
