package cn.jsedu.ledger.command.config;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The ledger's database roles (ADR 0011): runs shared-kernel's {@code db/roles/ledger-roles.sql} as a superuser
 * and sets the roles' passwords. The embedded default does this at every start; a DBA does the same in production
 * (docker/postgres/init), and test harnesses that want the production shape call it too.
 */
public final class DatabaseRoles {

    public static final String OWNER = "ledger_owner";
    public static final String COMMAND = "ledger_command";
    public static final String QUERY = "ledger_query";
    public static final String AUDITOR = "ledger_auditor";

    private static final String SCRIPT = "db/roles/ledger-roles.sql";

    private DatabaseRoles() {
    }

    public static void apply(DataSource superuser, RolePasswords passwords) {
        try (Connection connection = superuser.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(script());
            for (Map.Entry<String, String> role : Map.of(OWNER, passwords.owner(), COMMAND, passwords.command(),
                    QUERY, passwords.query(), AUDITOR, passwords.auditor()).entrySet()) {
                // Utility statements take no bind parameters; the literal is quoted (standard strings are on).
                statement.execute("ALTER ROLE " + role.getKey() + " PASSWORD " + literal(role.getValue()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up the ledger's database roles (a superuser is needed)", e);
        }
    }

    private static String literal(String value) {
        if (value == null || value.isEmpty() || value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a role password must be non-empty text");
        }
        return "'" + value.replace("'", "''") + "'";
    }

    private static String script() {
        try (InputStream in = DatabaseRoles.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is not on the classpath (shared-kernel)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
