package cn.jsedu.ledger.console.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The console's settings ({@code ledger.console.*}, console.yml).
 *
 * @param queryApiUrl    where the query API answers; every page reads through it
 * @param commandApiUrl  where the command API answers; every form and approval is sent there
 * @param relayKey       the secret the services check before they trust the browser's address and the correlation
 *                       id the console relays ({@code X-Ledger-Relay-Key}); blank: not sent, so not trusted
 * @param passwordLogin  whether the login form is offered: only where the services have password users (the
 *                       {@code local} profile); production would sign in with OIDC, which is not built
 * @param timeZone       the programme's time zone (China time), for showing instants and reading "known at" times
 * @param connectTimeout how long to wait for a connection to either API
 * @param readTimeout    how long to wait for an answer (a query with {@code minVersion} may wait for its read model)
 * @param apiThreads     how many API calls the console makes at once, across all pages being built
 */
@ConfigurationProperties("ledger.console")
public record ConsoleProperties(@DefaultValue("http://localhost:8082") URI queryApiUrl,
                                @DefaultValue("http://localhost:8081") URI commandApiUrl,
                                @DefaultValue("") String relayKey,
                                @DefaultValue("false") boolean passwordLogin,
                                @DefaultValue("Asia/Shanghai") ZoneId timeZone,
                                @DefaultValue("5s") Duration connectTimeout,
                                @DefaultValue("30s") Duration readTimeout,
                                @DefaultValue("16") int apiThreads) {

    public ConsoleProperties {
        if (apiThreads < 1) {
            throw new IllegalArgumentException("ledger.console.api-threads must be at least 1");
        }
    }

    public boolean relays() {
        return relayKey != null && !relayKey.isBlank();
    }
}
