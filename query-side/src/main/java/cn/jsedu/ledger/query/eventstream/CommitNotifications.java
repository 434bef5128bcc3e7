package cn.jsedu.ledger.query.eventstream;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Listens for the command side's "events were committed" notifications ({@code LISTEN ledger_events}) on a
 * connection of its own and wakes the event source for each batch of them, so an idle stream looks at once
 * instead of at its next poll (S4). Only a hint: what is readable is decided by the stream's own read bound, and
 * everything here may fail — the listener reconnects (after a database restart, a terminated backend, a network
 * cut) and wakes the source after every reconnect, since notifications sent meanwhile were lost; until then the
 * streams poll as they always do.
 *
 * <p>One daemon thread, blocked in {@link PGConnection#getNotifications(int)}; between notifications it checks
 * the connection every {@code liveness} (a silently dead TCP connection would otherwise wait forever).
 */
public final class CommitNotifications implements AutoCloseable {

    /** Opens the listener's connection; it is kept open (and LISTENing) until it fails or this is closed. */
    @FunctionalInterface
    public interface Connector {
        Connection connect() throws SQLException;
    }

    private static final Logger log = LoggerFactory.getLogger(CommitNotifications.class);

    private final Connector connector;
    private final String channel;
    private final Runnable onCommit;
    private final Duration reconnectDelay;
    private final int livenessMillis;
    private final Thread thread;
    private volatile boolean closed;
    private volatile boolean listening;
    private volatile Connection connection;

    public CommitNotifications(Connector connector, String channel, Runnable onCommit, Duration reconnectDelay,
                               Duration liveness) {
        if (!channel.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain channel name: " + channel);
        }
        this.connector = connector;
        this.channel = channel;
        this.onCommit = onCommit;
        this.reconnectDelay = reconnectDelay;
        this.livenessMillis = (int) Math.max(1, liveness.toMillis());
        this.thread = new Thread(this::run, "commit-notifications");
        thread.setDaemon(true);
    }

    public CommitNotifications start() {
        thread.start();
        return this;
    }

    /** Whether the listener is connected and LISTENing now. */
    public boolean listening() {
        return listening;
    }

    private void run() {
        boolean failing = false;
        while (!closed) {
            try (Connection c = connector.connect()) {
                connection = c;
                c.setAutoCommit(true);
                try (Statement statement = c.createStatement()) {
                    statement.execute("LISTEN " + channel);
                }
                listening = true;
                if (failing) {
                    log.info("listening for commit notifications again on channel {}", channel);
                    failing = false;
                }
                // Whatever was committed while nobody listened.
                onCommit.run();
                listen(c);
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                if (!failing) {
                    failing = true;
                    log.warn("commit notifications on channel {} lost ({}); the event streams poll until the "
                            + "listener is back", channel, e.getMessage());
                }
            } finally {
                listening = false;
                connection = null;
            }
            if (!closed) {
                LockSupport.parkNanos(reconnectDelay.toNanos());
            }
        }
    }

    private void listen(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        while (!closed) {
            PGNotification[] notifications = pg.getNotifications(livenessMillis);
            if (notifications != null && notifications.length > 0) {
                onCommit.run();
            } else if (!closed && !c.isValid(Math.max(1, livenessMillis / 1000))) {
                throw new SQLException("the listener's connection stopped answering");
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        Connection c = connection;
        if (c != null) {
            try {
                // Unblocks getNotifications at once; the thread then ends.
                c.close();
            } catch (SQLException e) {
                log.debug("closing the listener's connection", e);
            }
        }
        LockSupport.unpark(thread);
    }
}
