package cn.jsedu.ledger.command.config;

import cn.jsedu.ledger.command.support.CommandSideIntegrationTest;
import cn.jsedu.ledger.support.eventstore.EventCommitChannel;
import cn.jsedu.ledger.testsupport.Api;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.jsedu.ledger.command.support.Requests.approval;
import static cn.jsedu.ledger.command.support.Requests.college;
import static cn.jsedu.ledger.command.support.Requests.declaration;
import static cn.jsedu.ledger.command.support.Requests.expenditure;
import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A command that appended events reaches a LISTENing session as {@code ledger_events}; a refused one does not. */
@CommandSideIntegrationTest
class CommitNotificationIT {

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    EventCommitNotifier notifier;

    @Test
    void acceptedCommandsAreNotifiedAfterTheirCommitRefusedOnesAreNot() throws SQLException {
        Api api = new Api(port);
        try (Connection listener = dataSource.getConnection(); Statement statement = listener.createStatement()) {
            statement.execute("LISTEN " + EventCommitChannel.NAME);
            PGConnection pg = listener.unwrap(PGConnection.class);
            AtomicInteger received = new AtomicInteger();
            // Counted from the LISTEN on: the start-up has committed events of its own (the default programme's
            // establishment, ADR 0019), told before this session listened.
            long before = notifier.sent();

            expect(api.as("admin1").post("/api/v1/platforms", declaration("NOTIFY-1", "9000000071")), 201);
            expect(api.as("admin1").post("/api/v1/platforms/NOTIFY-1/approval", approval()), 200);

            // Everything the notifier sent arrives (the two commits may have been told by one NOTIFY).
            await().atMost(Duration.ofMinutes(1)).until(() -> {
                PGNotification[] batch = pg.getNotifications(100);
                for (PGNotification n : batch == null ? new PGNotification[0] : batch) {
                    assertThat(n.getName()).isEqualTo(EventCommitChannel.NAME);
                    received.incrementAndGet();
                }
                return received.get() >= 1 && received.get() >= notifier.sent() - before;
            });
            long sent = notifier.sent();

            expect(api.as(college("9000000071")).post("/api/v1/platforms/NOTIFY-1/expenditures",
                    expenditure("X-1", "COLLEGE", "0.01", "2020-05-01")), 422);

            await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5)).until(() -> {
                PGNotification[] batch = pg.getNotifications(50);
                return (batch == null || batch.length == 0) && notifier.sent() == sent;
            });
            listener.createStatement().execute("UNLISTEN *");
        }
    }
}
