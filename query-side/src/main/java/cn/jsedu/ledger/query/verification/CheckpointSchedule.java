package cn.jsedu.ledger.query.verification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Signs a checkpoint every {@code ledger.checkpoints.interval} (first one interval after start) when events were
 * appended since the last one. Several query-side instances may run it: checkpoints are made one at a time, and
 * the second finds nothing new. A failure is logged and tried again next time.
 */
@Component
public class CheckpointSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

    private final Checkpoints checkpoints;
    private final Duration interval;
    private ScheduledExecutorService timer;

    public CheckpointSchedule(Checkpoints checkpoints, CheckpointSettings settings) {
        this.checkpoints = checkpoints;
        this.interval = settings.interval();
    }

    @Override
    public synchronized void start() {
        if (interval.isZero() || interval.isNegative()) {
            log.info("Periodic checkpoints are off (ledger.checkpoints.interval = {})", interval);
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "checkpoint-schedule");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::signIfAppended, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void signIfAppended() {
        try {
            checkpoints.createIfAppended();
        } catch (RuntimeException e) {
            log.error("Periodic checkpoint failed; trying again in {}", interval, e);
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
