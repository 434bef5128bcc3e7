package cn.jsedu.ledger.command.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * {@code ledger.embedded-db.*}: the embedded default (ADR 0002), used only when no {@code spring.datasource.url}
 * is configured. {@code ./ledger run} sets random role passwords per data folder; the defaults here serve tests
 * and a jar started by hand.
 *
 * @param dataDir a folder that survives restarts
 * @param port    fixed, so that the query side (another process) finds the server; 0 picks a free port
 */
@ConfigurationProperties(prefix = "ledger.embedded-db")
public record EmbeddedDatabaseSettings(@DefaultValue("./data/postgres") Path dataDir,
                                       @DefaultValue("15432") int port,
                                       @DefaultValue("ledger-owner-local") String ownerPassword,
                                       @DefaultValue("ledger-command-local") String commandPassword,
                                       @DefaultValue("ledger-query-local") String queryPassword,
                                       @DefaultValue("ledger-auditor-local") String auditorPassword) {

    RolePasswords rolePasswords() {
        return new RolePasswords(ownerPassword, commandPassword, queryPassword, auditorPassword);
    }
}
