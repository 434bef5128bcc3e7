package cn.jsedu.ledger.command.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledger.imports.*}: files of entries (ADR 0024).
 *
 * @param maxBytes the largest file taken (10 MiB by default); a larger upload is refused with 413 unread
 * @param maxRows  the most rows of entries in one file (20,000 by default); more are refused with 400, to be split
 */
@ConfigurationProperties(prefix = "ledger.imports")
public record ImportSettings(@DefaultValue("10485760") long maxBytes, @DefaultValue("20000") int maxRows) {

    /** The paths files are imported to, below a platform. */
    public static final String PATH = "/imports";
}
