package cn.jsedu.ledger.command.config;

import cn.jsedu.ledger.command.support.CommandSideIntegrationTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded default authenticates every connection over TCP (ADR 0002, 0011): the ledger's roles with their
 * passwords (SCRAM), the superuser not at all; only the command side itself reaches the superuser, through a
 * Unix-domain socket in a directory no other account may enter.
 */
@CommandSideIntegrationTest
class EmbeddedDatabaseAuthenticationIT {

    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    RolePasswords passwords;

    private Map<String, String> roles() {
        return Map.of(DatabaseRoles.OWNER, passwords.owner(), DatabaseRoles.COMMAND, passwords.command(),
                DatabaseRoles.QUERY, passwords.query(), DatabaseRoles.AUDITOR, passwords.auditor());
    }

    private Connection overTcp(String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", properties);
    }

    @Test
    void eachRoleConnectsWithItsOwnPasswordOnly() throws SQLException {
        roles().forEach((role, password) -> {
            for (String wrong : new String[] {null, "", "wrong", password + "x"}) {
                assertThatThrownBy(() -> overTcp(role, wrong).close()).as(role + " with password " + wrong)
                        .isInstanceOf(SQLException.class)
                        .hasMessageMatching("(?s).*(password authentication failed|no password was provided|password is an empty string).*");
            }
        });
        for (Map.Entry<String, String> role : roles().entrySet()) {
            try (Connection connection = overTcp(role.getKey(), role.getValue());
                 Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT current_user")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(role.getKey());
            }
        }
    }

    @Test
    void theSuperuserIsRefusedOverTcpWhateverThePassword() {
        for (String password : new String[] {null, "", "postgres", passwords.owner()}) {
            assertThatThrownBy(() -> overTcp("postgres", password).close()).as("postgres with " + password)
                    .isInstanceOf(SQLException.class).hasMessageContaining("pg_hba.conf rejects connection");
        }
    }

    @Test
    void theCommandSideReachesTheSuperuserThroughItsPrivateSocket() throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT rolsuper, inet_server_addr() IS NULL, "
                     + "current_setting('unix_socket_directories') FROM pg_roles WHERE rolname = current_user")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean(1)).as("superuser").isTrue();
            assertThat(rs.getBoolean(2)).as("through a Unix-domain socket, not TCP").isTrue();
            Path directory = Path.of(rs.getString(3));
            if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory))).isEqualTo("rwx------");
            }
        }
    }
}
