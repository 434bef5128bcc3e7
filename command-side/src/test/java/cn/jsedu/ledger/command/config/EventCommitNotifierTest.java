package cn.jsedu.ledger.command.config;

import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * When the command side tells the query sides that events were committed: after the unit of work commits, never
 * for a rollback, on a thread of its own so that no commit waits for a NOTIFY, and one NOTIFY for any number of
 * commits since the last.
 */
class EventCommitNotifierTest {

    private final AtomicInteger sent = new AtomicInteger();
    private final List<EventCommitNotifier> notifiers = new ArrayList<>();

    @AfterEach
    void close() {
        notifiers.forEach(EventCommitNotifier::close);
    }

    private EventCommitNotifier notifier(EventCommitNotifier.Sender sender) {
        EventCommitNotifier notifier = new EventCommitNotifier(sender);
        notifiers.add(notifier);
        return notifier;
    }

    private EventBus busNotifyingThrough(EventCommitNotifier notifier) {
        EventBus bus = SimpleEventBus.builder().build();
        bus.registerDispatchInterceptor(notifier);
        return bus;
    }

    private static void nothingSentFor(Duration duration, AtomicInteger counter, int expected) {
        await().during(duration).atMost(duration.plusSeconds(5)).until(() -> counter.get() == expected);
    }

    @Test
    void notifiesOnceTheUnitOfWorkThatPublishedHasCommitted() {
        EventBus bus = busNotifyingThrough(notifier(sent::incrementAndGet));
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("command"));

        bus.publish(GenericEventMessage.asEventMessage("first"), GenericEventMessage.asEventMessage("second"));
        bus.publish(GenericEventMessage.asEventMessage("third"));
        nothingSentFor(Duration.ofMillis(300), sent, 0);
        unitOfWork.commit();

        await().atMost(Duration.ofSeconds(5)).until(() -> sent.get() == 1);
        nothingSentFor(Duration.ofMillis(300), sent, 1);
    }

    @Test
    void aRolledBackUnitOfWorkNotifiesNobody() {
        EventBus bus = busNotifyingThrough(notifier(sent::incrementAndGet));
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("command"));

        bus.publish(GenericEventMessage.asEventMessage("refused"));
        unitOfWork.rollback();

        nothingSentFor(Duration.ofMillis(500), sent, 0);
    }

    @Test
    void commitsNeverWaitForANotificationAndABurstCostsOneMore() throws Exception {
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        EventCommitNotifier notifier = notifier(() -> {
            if (sent.incrementAndGet() == 1) {
                sending.countDown();
                // The first NOTIFY hangs, as it would behind PostgreSQL's notification queue lock.
                assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
            }
        });
        notifier.committed();
        assertThat(sending.await(10, TimeUnit.SECONDS)).isTrue();

        ExecutorService committers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(committers.submit(() -> {
                    for (int i = 0; i < 250; i++) {
                        notifier.committed();
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get(10, TimeUnit.SECONDS); // all 1,000 commits are through while the NOTIFY still hangs
            }
        } finally {
            committers.shutdownNow();
        }
        assertThat(sent).hasValue(1);
        release.countDown();

        await().atMost(Duration.ofSeconds(5)).until(() -> sent.get() == 2);
        nothingSentFor(Duration.ofMillis(300), sent, 2);
        assertThat(notifier.sent()).isEqualTo(2);
    }

    @Test
    void aFailedNotificationDoesNotStopTheNextOnes() {
        AtomicInteger attempts = new AtomicInteger();
        EventCommitNotifier notifier = notifier(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new java.sql.SQLException("the database went away", "08006");
            }
            sent.incrementAndGet();
        });

        notifier.committed();
        await().atMost(Duration.ofSeconds(5)).until(() -> attempts.get() == 1);
        notifier.committed();

        await().atMost(Duration.ofSeconds(5)).until(() -> sent.get() == 1);
    }
}
