package cn.jsedu.ledger.support.programme;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.ZoneId;

/**
 * {@code ledger.time-zone}: effective dates are dates in China, so "today" (the latest date a command may carry,
 * the day a report is due) is today in this zone, whatever zone the server runs in.
 */
@ConfigurationProperties(prefix = "ledger")
public record LedgerTimeSettings(@DefaultValue("Asia/Shanghai") ZoneId timeZone) {
}
