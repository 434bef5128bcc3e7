package cn.jsedu.ledger.query.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * The e-mail adapter exists only when {@code ledger.notifications.mail.enabled} is true (ADR 0025): by default no
 * bean of the ledger opens a connection to a mail server. Enabled without {@code spring.mail.host}, the query side
 * refuses to start rather than collect notifications it believes it sends.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationSettings.class)
public class NotificationConfig {

    @Bean
    @ConditionalOnProperty(name = "ledger.notifications.mail.enabled", havingValue = "true")
    public MailNotifier mailNotifier(Outbox outbox, ObjectProvider<JavaMailSender> mail,
                                     PlatformTransactionManager transactions, NotificationSettings settings,
                                     Clock clock) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("ledger.notifications.mail.enabled is true but no SMTP server is "
                    + "configured: set spring.mail.host (and spring.mail.port, .username, .password)");
        }
        return new MailNotifier(outbox, sender, new TransactionTemplate(transactions), settings, clock);
    }
}
