package cn.jsedu.ledger.command.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledger.commands.*} and {@code ledger.http.*}: limits of the command API.
 *
 * @param maxAttempts  how often a command that lost an append race (or met a stale cached aggregate) is retried on
 *                     fresh state before the client gets 409 (ADR 0005)
 * @param maxBodyBytes no command needs more than a few kilobytes; a larger body is refused with 413 unread
 */
@ConfigurationProperties(prefix = "ledger")
public record CommandApiSettings(@DefaultValue Commands commands, @DefaultValue Http http) {

    public record Commands(@DefaultValue("8") int maxAttempts) {
    }

    public record Http(@DefaultValue("262144") long maxBodyBytes) {
    }
}
