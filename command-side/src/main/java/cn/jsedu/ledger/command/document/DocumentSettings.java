package cn.jsedu.ledger.command.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledger.documents.*}: evidence documents.
 *
 * @param maxBytes the largest document taken (10 MiB by default); a larger upload is refused with 413 unread
 */
@ConfigurationProperties(prefix = "ledger.documents")
public record DocumentSettings(@DefaultValue("10485760") long maxBytes) {

    /** The path a document is uploaded to, below a platform. */
    public static final String UPLOAD_PATH = "/documents";
}
