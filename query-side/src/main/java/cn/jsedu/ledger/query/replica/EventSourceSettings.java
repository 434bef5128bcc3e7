package cn.jsedu.ledger.query.replica;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledger.event-source.*}: where the processors read the event store when it is not the query side's own
 * database — a streaming-replication standby of the primary (ADR 0009). Empty {@code url}: the query side's own
 * datasource, as before. Only the processors' stream reads there; the read models, the token store, the commit
 * listener and every other reader of the event store (history, reconciliation, verification, the lag gauges) stay
 * on the query side's own datasource, the writable primary.
 *
 * @param url             JDBC URL of the standby (or of any copy of the event store that is a physical replica)
 * @param username        its role; needs SELECT on the event table only
 * @param password        its password
 * @param maximumPoolSize connections for the streams and their idle probes
 */
@ConfigurationProperties(prefix = "ledger.event-source")
public record EventSourceSettings(@DefaultValue("") String url, @DefaultValue("") String username,
                                  @DefaultValue("") String password, @DefaultValue("4") int maximumPoolSize) {
}
