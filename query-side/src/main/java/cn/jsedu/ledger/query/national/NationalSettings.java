package cn.jsedu.ledger.query.national;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ledger.national.*}: the provincial stores a national query side reads (ADR 0009). No store, no national view:
 * the processor, its stores' pools and the national endpoints exist only when at least one store is named.
 *
 * @param stores            province to its store, in a stable order; the names are the keys of the national
 *                          processor's token, so a name must not change once the processor has stored one
 * @param retry             how often a store that is down is tried again
 * @param connectionTimeout how long a store's pool waits for a connection; shorter than {@code retry}, since a store
 *                          that does not answer holds the whole national stream that long at each try
 * @param batchSize         events per transaction of the national processor
 */
@ConfigurationProperties(prefix = "ledger.national")
public record NationalSettings(Map<String, Store> stores, @DefaultValue("5s") Duration retry,
                               @DefaultValue("2s") Duration connectionTimeout, @DefaultValue("200") int batchSize) {

    public NationalSettings {
        stores = stores == null ? Map.of() : new LinkedHashMap<>(stores);
        if (connectionTimeout.compareTo(retry) >= 0) {
            throw new IllegalArgumentException("ledger.national.connection-timeout (" + connectionTimeout
                    + ") must be shorter than ledger.national.retry (" + retry + ")");
        }
    }

    /**
     * One province's event store: a standby or the primary of that province's ledger.
     *
     * @param url             its JDBC URL
     * @param username        its role; needs SELECT on the event table only
     * @param password        its password
     * @param maximumPoolSize connections for the stream and its idle probe
     */
    public record Store(String url, @DefaultValue("") String username, @DefaultValue("") String password,
                        @DefaultValue("2") int maximumPoolSize) {

        public Store {
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("a national store needs its url");
            }
        }
    }
}
