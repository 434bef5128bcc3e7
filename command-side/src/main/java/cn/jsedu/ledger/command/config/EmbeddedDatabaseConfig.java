package cn.jsedu.ledger.command.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded default (ADR 0002): when no {@code spring.datasource.url} is configured, start a real PostgreSQL
 * from the zonky Maven artifact, with its data in a folder that survives restarts and on a fixed port, so that
 * the query side (another process) can connect to it too. With a URL configured, none of this exists.
 *
 * <p>Least privilege as in production (ADR 0011): as the superuser {@code postgres} it creates the ledger's roles
 * (and hands an older store over to them), migrates as {@code ledger_owner} and runs as {@code ledger_command}.
 * Every TCP connection gives its role's password; the superuser is reached only through a private Unix-domain
 * socket ({@link EmbeddedAuthentication}, which replaces zonky's trusting pg_hba.conf before every start).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
public class EmbeddedDatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

    @Bean
    public RolePasswords embeddedRolePasswords(EmbeddedDatabaseSettings settings) {
        return settings.rolePasswords();
    }

    /** A bean of its own so that it is closed (removed) after the server that listens in it has stopped. */
    @Bean(destroyMethod = "close")
    EmbeddedAuthentication.SocketDirectory embeddedSocketDirectory(EmbeddedDatabaseSettings settings) {
        return EmbeddedAuthentication.socketDirectory(dataDirectory(settings));
    }

    @Bean(destroyMethod = "close")
    public EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseSettings settings, RolePasswords passwords,
                                             EmbeddedAuthentication.SocketDirectory socketDirectory) throws IOException {
        Path dir = dataDirectory(settings);
        Files.createDirectories(dir.getParent());
        boolean existing = Files.exists(dir.resolve("PG_VERSION"));
        String sockets = socketDirectory.path().toString();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                // Spring stops it (destroyMethod), in order: before the socket directory is removed
                .setRegisterShutdownHook(false)
                // Durable like a real server: the ledger must keep what it acknowledged across a crash.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "200")
                // Authentication (EmbeddedAuthentication): after initdb, before the server starts, every time.
                .setDataDirectoryCustomizer(folder -> EmbeddedAuthentication.writeHba(folder.toPath()))
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("unix_socket_directories", sockets)
                .setServerConfig("unix_socket_permissions", "0700")
                // zonky's own readiness check and getPostgresDatabase() connect as the superuser: through the socket
                .setConnectConfig("socketFactory", UnixSocketFactory.class.getName())
                .setConnectConfig("socketFactoryArg", sockets)
                .setConnectConfig("sslmode", "disable");
        if (settings.port() > 0) {
            builder.setPort(settings.port());
        }
        EmbeddedPostgres postgres = builder.start();
        try {
            // A server that was already running (left behind by a killed command side) may have read another
            // pg_hba.conf: it reads the one just written.
            new JdbcTemplate(postgres.getPostgresDatabase()).execute("SELECT pg_reload_conf()");
            DatabaseRoles.apply(postgres.getPostgresDatabase(), passwords);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        log.info("Embedded PostgreSQL {} on port {} with data in {}", existing ? "reopened" : "created",
                postgres.getPort(), dir);
        return postgres;
    }

    /** Pool settings ({@code spring.datasource.hikari.*}) bind onto it as they would onto Spring Boot's own pool. */
    @Bean
    @ConfigurationProperties(prefix = "spring.datasource.hikari")
    public HikariDataSource dataSource(EmbeddedPostgres postgres, RolePasswords passwords) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url(postgres));
        pool.setUsername(DatabaseRoles.COMMAND);
        pool.setPassword(passwords.command());
        pool.setMaximumPoolSize(20);
        pool.setPoolName("command-side");
        pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        return pool;
    }

    @Bean
    public SchemaOwner schemaOwner(EmbeddedPostgres postgres, RolePasswords passwords) {
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setUrl(url(postgres));
        owner.setUser(DatabaseRoles.OWNER);
        owner.setPassword(passwords.owner());
        return new SchemaOwner(owner);
    }

    private static Path dataDirectory(EmbeddedDatabaseSettings settings) {
        return settings.dataDir().toAbsolutePath().normalize();
    }

    /** No user in the URL: the driver would let a URL's user override the configured one. */
    private static String url(EmbeddedPostgres postgres) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }
}
