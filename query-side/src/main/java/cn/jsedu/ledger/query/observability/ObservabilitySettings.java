package cn.jsedu.ledger.query.observability;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code ledger.observability.*}.
 *
 * @param programmeRefresh how often the programme gauges re-read their totals from the read model
 * @param lagCountCap      the "events behind" gauge counts at most this many rows per scrape (a cheap bound on a
 *                         large backlog: it then says "at least this many")
 */
@ConfigurationProperties(prefix = "ledger.observability")
public record ObservabilitySettings(@DefaultValue("10s") Duration programmeRefresh,
                                    @DefaultValue("100000") int lagCountCap) {
}
