package cn.jsedu.ledger.query.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code ledger.query.*}: how long a query with {@code minVersion} waits for its read model (then 503), and how
 * often it looks.
 */
@ConfigurationProperties(prefix = "ledger.query")
public record ReadYourWritesSettings(@DefaultValue("5s") Duration minVersionTimeout,
                                     @DefaultValue("20ms") Duration minVersionPoll) {
}
