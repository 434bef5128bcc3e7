package cn.jsedu.ledger.command.config;

import cn.jsedu.ledger.support.eventstore.EventCommitChannel;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiFunction;

/**
 * Tells the query sides that events were committed: after a unit of work that appended events has committed, one
 * {@code NOTIFY ledger_events} ({@link EventCommitChannel}), so their streams look now instead of at their next
 * poll (S4, ADR 0003 "Waking the stream").
 *
 * <p>Never inside the command's transaction: PostgreSQL serialises the commits of every transaction that issued a
 * NOTIFY on one lock, so the appends would stop sharing fsyncs (the S1 goal). The commit only raises a flag; one
 * thread of this class sends the NOTIFY on a connection of its own, in autocommit. At most one is in flight, and all
 * commits since the last one are told by the next: a burst of a thousand commits costs a handful of NOTIFYs.
 * Nothing depends on the notification arriving (the query side still polls); a failed NOTIFY is only logged.
 */
public final class EventCommitNotifier implements MessageDispatchInterceptor<EventMessage<?>>, AutoCloseable {

    /** Sends one notification; a database statement in production, a probe in tests. */
    @FunctionalInterface
    public interface Sender {
        void send() throws Exception;
    }

    private static final Logger log = LoggerFactory.getLogger(EventCommitNotifier.class);
    private static final String REGISTERED = EventCommitNotifier.class.getName() + ".registered";

    private final Sender sender;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicLong sent = new AtomicLong();
    private final Thread thread;
    private volatile boolean closed;
    private volatile boolean failing;

    public EventCommitNotifier(Sender sender) {
        this.sender = sender;
        this.thread = new Thread(this::run, "event-commit-notifier");
        thread.setDaemon(true);
        thread.start();
    }

    /** The production sender: {@code NOTIFY ledger_events} on a pooled connection, outside any transaction. */
    public static EventCommitNotifier notifying(DataSource dataSource) {
        return new EventCommitNotifier(() -> {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                if (!connection.getAutoCommit()) {
                    connection.setAutoCommit(true);
                }
                statement.execute("NOTIFY " + EventCommitChannel.NAME);
            }
        });
    }

    /**
     * Called when events are published: inside a unit of work, the notification is due once its root commits (the
     * events are stored at its prepare-commit, in its transaction; a rollback stores nothing and notifies nobody).
     */
    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> root = CurrentUnitOfWork.get().root();
            root.getOrComputeResource(REGISTERED, key -> {
                root.afterCommit(unitOfWork -> committed());
                return Boolean.TRUE;
            });
        } else {
            committed();
        }
        return (index, message) -> message;
    }

    /** Events were committed: raise the flag and wake the sender thread; returns at once. */
    public void committed() {
        pending.set(true);
        LockSupport.unpark(thread);
    }

    /** Notifications sent so far (for tests and diagnostics). */
    public long sent() {
        return sent.get();
    }

    private void run() {
        while (!closed) {
            if (!pending.getAndSet(false)) {
                LockSupport.park(this);
                continue;
            }
            try {
                sender.send();
                sent.incrementAndGet();
                if (failing) {
                    failing = false;
                    log.info("notifying the query sides of commits works again");
                }
            } catch (Exception e) {
                if (!failing) {
                    failing = true;
                    // The query sides still poll: they see the events one poll interval later, nothing is lost.
                    log.warn("could not notify the query sides of committed events ({}); they will poll", message(e));
                }
                pause();
            }
        }
    }

    private static String message(Exception e) {
        return e instanceof SQLException sql ? sql.getSQLState() + " " + sql.getMessage() : e.toString();
    }

    /** After a failure, no busy loop against a database that is down: the next commit waits a little. */
    private static void pause() {
        LockSupport.parkNanos(100_000_000L);
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
    }
}
