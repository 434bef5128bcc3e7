package cn.jsedu.ledger.query.reconciliation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs reconciliation every {@code ledger.reconciliation.interval} after the end of the previous run (first after
 * {@code initial-delay}), each run bounded by {@code platforms-per-run}. A failed run is logged, shows in the health
 * component and, as no run finishes, in the staleness alert; the next one is tried at the next interval.
 */
@Component
public class ReconciliationSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationSchedule.class);

    private final Reconciliation reconciliation;
    private final ReconciliationSettings settings;
    private ScheduledExecutorService timer;

    public ReconciliationSchedule(Reconciliation reconciliation, ReconciliationSettings settings) {
        this.reconciliation = reconciliation;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        if (!settings.scheduled()) {
            log.info("Scheduled reconciliation is off (ledger.reconciliation.interval = 0); POST /api/v1/reconciliation runs one");
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "reconciliation-schedule");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::runOnce, settings.initialDelay().toMillis(), settings.interval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            reconciliation.runScheduled();
        } catch (RuntimeException e) {
            log.error("Scheduled reconciliation failed; trying again in {}", settings.interval(), e);
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
