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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * "Report overdue" is a matter of the date, not of an event: this looks for overdue reports on a schedule and adds
 * one notification per platform and period to the outbox ({@code REPORT_OVERDUE:<platform>:<period>}, so looking
 * again, or from a second query-side instance, adds nothing). Only reports that fell due after the outbox existed
 * ({@link Outbox#start}) notify: deploying the feature does not announce years of old overdue reports at once (the
 * inbox shows them).
 */
@Component
public class OverdueReportNotices implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OverdueReportNotices.class);

    private final Inbox inbox;
    private final Outbox outbox;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService timer;

    public OverdueReportNotices(Inbox inbox, Outbox outbox, Clock clock,
                                @Value("${ledger.notifications.overdue-check-interval:1h}") Duration interval) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.clock = clock;
        this.interval = interval;
    }

    /** Adds a notification for each overdue report due after the outbox's start; returns how many were new. */
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
        return added;
    }

    @Override
    public synchronized void start() {
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "overdue-report-notices");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::checkQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException e) {
            log.warn("Looking for overdue reports failed; trying again in {}", interval, e);
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
