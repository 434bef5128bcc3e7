package cn.jsedu.ledger.support.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ledger.relay-key} (env {@code LEDGER_RELAY_KEY}): the secret the console proves itself with, so that the
 * address and correlation id it relays count ({@link RelayChannel}). Unset: nobody is trusted.
 */
@ConfigurationProperties(prefix = "ledger")
public record RelaySettings(String relayKey) {
}
