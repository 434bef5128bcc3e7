package cn.jsedu.ledger.query.notification;

import cn.jsedu.ledger.kernel.role.Role;
import cn.jsedu.ledger.query.inbox.Inbox;
import cn.jsedu.ledger.query.inbox.InboxItem;
import cn.jsedu.ledger.query.inbox.InboxKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * "Report overdue" and "construction ending" are matters of the date, not of an event: this looks for them on a
 * schedule and adds one notification per platform and period to the outbox ({@code REPORT_OVERDUE:<platform>:<period>};
 * {@code CONSTRUCTION_ENDING:<platform>:<end>:<role>}, to the college and to the administrators, a new end after an
 * extension being a new notice), so looking again, or from a second query-side instance, adds nothing. Only what fell
 * due, or entered the last {@value Inbox#CONSTRUCTION_WINDOW_DAYS} days of construction, after the outbox existed
 * ({@link Outbox#start}) notifies: deploying the feature does not announce years of old overdue reports at once (the
 * inbox shows them).
 */
@Component
public class DueDateNotices implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DueDateNotices.class);

    private final Inbox inbox;
    private final Outbox outbox;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService timer;

    public DueDateNotices(Inbox inbox, Outbox outbox, Clock clock,
                                @Value("${ledger.notifications.overdue-check-interval:1h}") Duration interval) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.clock = clock;
        this.interval = interval;
    }

    /**
     * Adds a notification for each overdue report due after the outbox's start and each construction period that
     * entered its last days after it; returns how many were new.
     */
    public int check() {
        LocalDate start = LocalDate.ofInstant(outbox.start(), clock.getZone());
        Instant now = clock.instant();
        int added = 0;
        for (InboxItem item : inbox.overdueReports()) {
            if (!item.due().isBefore(start)) {
                String key = item.platformId() + ":" + item.ref();
                added += outbox.record(new Notification(Notification.id(InboxKind.REPORT_OVERDUE, key),
                        InboxKind.REPORT_OVERDUE, item.platformId(), item.ref(), Role.COLLEGE_OFFICER, null, null,
                        "[平台资金台账 Platform ledger] 半年报逾期未报 Half-yearly report overdue: " + item.platformId()
                                + " " + item.ref(),
                        "平台 Platform: " + item.platformId() + "\n报告期 Period: " + item.ref() + "\n"
                                + "应报日期 Due: " + item.due() + "\n" + item.link() + "\n", key, now));
            }
        }
        for (InboxItem item : inbox.constructionEndings()) {
            if (!item.due().minusDays(Inbox.CONSTRUCTION_WINDOW_DAYS).isBefore(start)) {
                for (Role audience : List.of(Role.COLLEGE_OFFICER, Role.PROVINCE_ADMIN)) {
                    String key = item.platformId() + ":" + item.due() + ":" + audience;
                    added += outbox.record(new Notification(Notification.id(InboxKind.CONSTRUCTION_ENDING, key),
                            InboxKind.CONSTRUCTION_ENDING, item.platformId(), item.due().toString(), audience, null,
                            null, "[平台资金台账 Platform ledger] 建设期即将结束 Construction period ending: "
                            + item.platformId() + " " + item.due(),
                            "平台 Platform: " + item.platformId() + "\n建设期结束 Construction ends: " + item.due()
                                    + "（还有 " + item.daysLeft() + " 天 days left）\n验收准备 Readiness: " + item.link()
                                    + "\n", key, now));
                }
            }
        }
        return added;
    }

    @Override
    public synchronized void start() {
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "due-date-notices");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::checkQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException e) {
            log.warn("Looking for overdue reports and construction endings failed; trying again in {}", interval, e);
        }
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
