package cn.jsedu.ledger.query.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Delivers the outbox by e-mail (ADR 0025): every interval, each unsent notification that is due, one at a time, in a
 * transaction that holds its row. Sent: marked sent, never sent again. Failed: tried again after a wait that doubles
 * up to a bound, however often it fails; nothing is dropped but what is older than {@code max-age}.
 *
 * <p>At least once, not exactly once: a crash (or a lost connection to the database) after the SMTP server accepted a
 * message and before its row was marked sends it again. Every message therefore carries the notification's id as its
 * Message-ID, the same on every attempt, by which a mail server or reader can drop the second copy.
 */
public class MailNotifier implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);
    /** At most this many notifications per round, so one round never holds the scheduler for long. */
    private static final int ROUND = 100;

    private final Outbox outbox;
    private final JavaMailSender mail;
    private final TransactionTemplate transactions;
    private final NotificationSettings.Mail settings;
    private final Recipients recipients;
    private final Clock clock;
    private ScheduledExecutorService timer;

    public MailNotifier(Outbox outbox, JavaMailSender mail, TransactionTemplate transactions,
                        NotificationSettings settings, Clock clock) {
        this.outbox = outbox;
        this.mail = mail;
        this.transactions = transactions;
        this.settings = settings.mail();
        this.recipients = new Recipients(settings.recipients());
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "notification-mail");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.interval().toMillis();
        timer.scheduleWithFixedDelay(this::deliverDueQuietly, every, every, TimeUnit.MILLISECONDS);
        log.info("Notifications go out by e-mail every {} (ledger.notifications.mail.enabled)", settings.interval());
    }

    private void deliverDueQuietly() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            log.warn("Delivering notifications failed; trying again in {}", settings.interval(), e);
        }
    }

    /** One round: delivers (or reschedules) each due notification; returns how many it went through. */
    public int deliverDue() {
        int handled = 0;
        while (handled < ROUND && Boolean.TRUE.equals(transactions.execute(status -> deliverNext()))) {
            handled++;
        }
        return handled;
    }

    private boolean deliverNext() {
        Instant now = clock.instant();
        Optional<Notification> next = outbox.claimNext(now);
        if (next.isEmpty()) {
            return false;
        }
        Notification n = next.get();
        if (n.recordedAt().plus(settings.maxAge()).isBefore(now)) {
            log.warn("Notification {} expired unsent (older than {})", n.id(), settings.maxAge());
            outbox.markSent(n.id(), now, List.of());
            return true;
        }
        Optional<String> college = outbox.collegeOf(n.platformId());
        Optional<String> creditCode = n.audienceParty() == null ? Optional.empty()
                : outbox.creditCodeOf(n.platformId(), n.audienceParty());
        try {
            if (college.isEmpty() || n.audienceParty() != null && creditCode.isEmpty()) {
                // the read models are a processor of their own and may not have the platform yet: ask again later
                // rather than decide that nobody is to be told
                throw new IllegalStateException("platform " + n.platformId() + " not yet in the read model");
            }
            List<String> to = recipients.of(n, college, creditCode);
            if (!to.isEmpty()) {
                mail.send(message(n, to));
            }
            outbox.markSent(n.id(), clock.instant(), to);
        } catch (RuntimeException | MessagingException e) {
            // SMTP refused or unreachable, or the audience not yet known: the row stays unsent, due again later
            int attempts = outbox.attempts(n.id());
            Instant retry = clock.instant().plus(backoff(attempts));
            log.warn("Notification {} not sent (attempt {}): {}; next attempt at {}", n.id(), attempts + 1,
                    e.getMessage(), retry);
            outbox.markFailed(n.id(), retry, e.toString());
        }
        return true;
    }

    /** The wait after the {@code (attempts + 1)}-th failure: first-retry doubled per earlier failure, up to max-retry. */
    Duration backoff(int attempts) {
        Duration wait = settings.firstRetry();
        for (int i = 0; i < attempts && wait.compareTo(settings.maxRetry()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : wait;
    }

    private MimeMessage message(Notification n, List<String> to) throws MessagingException {
        String messageId = messageId(n);
        Session session = mail instanceof JavaMailSenderImpl impl ? impl.getSession() : mail.createMimeMessage().getSession();
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // the same on every attempt: the receiving end can drop a copy sent again after a crash
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(settings.from()));
        for (String address : to) {
            message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(address));
        }
        message.setSubject(n.subject(), StandardCharsets.UTF_8.name());
        message.setText(n.body(), StandardCharsets.UTF_8.name());
        return message;
    }

    /** {@code <kind.event-id@platform-ledger>}: only characters a Message-ID's left part may hold. */
    static String messageId(Notification n) {
        return "<" + n.id().replace(':', '.').replaceAll("[^A-Za-z0-9._-]", "-") + "@platform-ledger>";
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
