package cn.jsedu.ledger.query.notification;

import cn.jsedu.ledger.kernel.role.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;

/**
 * Notifications (ADR 0025, {@code ledger.notifications}): the e-mail adapter's switch and timing, and the recipients.
 * The SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param recipients user name → address, role and scope: the query side keeps no user list of its own (users come
 *                   from the identity provider's tokens), so who receives what is configured here
 */
@ConfigurationProperties(prefix = "ledger.notifications")
public record NotificationSettings(@DefaultValue Mail mail, Map<String, Recipient> recipients) {

    public NotificationSettings {
        recipients = recipients == null ? Map.of() : Map.copyOf(recipients);
    }

    /**
     * @param firstRetry the wait after a first failed attempt, doubled after each further one up to {@code maxRetry}
     * @param maxAge     an unsent notification older than this expires instead of going out late
     */
    public record Mail(@DefaultValue("false") boolean enabled, @DefaultValue("ledger@localhost") String from,
                       @DefaultValue("10s") Duration interval, @DefaultValue("1m") Duration firstRetry,
                       @DefaultValue("1h") Duration maxRetry, @DefaultValue("7d") Duration maxAge) {
    }

    /** One user who gets notifications: its address, role and, as its role needs, college or enterprise. */
    public record Recipient(String address, Role role, String college, String enterprise) {
    }
}
