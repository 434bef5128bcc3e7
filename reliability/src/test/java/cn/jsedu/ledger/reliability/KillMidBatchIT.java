package cn.jsedu.ledger.reliability;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * kill -9 of a command side in the middle of a batch (group commit, ADR 0008): a batch of the victim is held inside
 * its transaction, after its commands ran and wrote their idempotency rows, while it inserts their events (it waits
 * for an event sequence that this test's own open transaction has taken), and the victim is killed there. Nothing of that batch may commit; its
 * clients resend to the other instance; no acknowledged command is lost, none is stored twice, and no command is
 * half applied (an idempotency row without its events or events without their row).
 */
class KillMidBatchIT {

    private static final String BLOCKER = "midbatch-blocker";

    @Test
    void aCommandSideKilledMidBatchLosesNoAcknowledgedCommandAndHalfAppliesNone() throws Exception {
        try (Cluster cluster = Cluster.start("kill-mid-batch", 2, 1)) {
            Workload workload = new Workload(cluster, "midbatch");
            workload.setUp(24, 2000);
            Service victim = cluster.commandSides.get(0);
            Service survivor = cluster.commandSides.get(1);
            CompletableFuture<Void> load = CompletableFuture.runAsync(() -> Scenarios.run(workload, 16, 40));
            await().atMost(Duration.ofMinutes(3)).until(() -> workload.outcomes.size() > 24 + 16 * 40 / 4);

            // the blocker's platform, its next event (sequence 3) taken by a transaction of this test that stays open
            Workload blockerPlatform = new Workload(cluster, "midbatchb");
            blockerPlatform.setUp(1, 2000);
            String platform = blockerPlatform.platforms.get(0);
            String heldXid;
            try (Connection holder = cluster.pg.connect()) {
                holder.setAutoCommit(false);
                try (PreparedStatement hold = holder.prepareStatement("""
                        INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                          type, time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (gen_random_uuid()::text, ?, 3, 'Platform', now()::text, 'held', '1', '{}', '{}')""")) {
                    hold.setString(1, platform);
                    hold.executeUpdate();
                }
                // to the victim first; on its death the client resends to the survivor, as every client does
                Client client = new Client(List.of(victim.base(), survivor.base()), Duration.ofSeconds(10),
                        Duration.ofMinutes(3));
                CompletableFuture<Outcome> blocked = CompletableFuture.supplyAsync(() -> client.post(
                        "/api/v1/platforms/" + platform + "/installments", """
                        {"source":"COLLEGE","form":"CASH","amount":"1.00","effectiveDate":"2020-04-01","voucherRef":"v"}""",
                        BLOCKER, blockerPlatform.officer(0), platform, "INSTALLMENT", 100));
                // the victim's batch has written its idempotency rows and waits to insert its events
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                        .until(() -> waitingTransactionOf(cluster) != null);
                heldXid = waitingTransactionOf(cluster);
                victim.kill9();
                holder.rollback();
                await().atMost(Duration.ofMinutes(1)).until(() -> "aborted".equals(status(cluster, heldXid)));
                workload.outcomes.add(blocked.get());
            }
            victim.start();
            Duration restart = victim.awaitHealthy(Cluster.STARTUP);
            load.get();

            long halfApplied = single(cluster, """
                    SELECT count(*) FROM command_side.idempotency_key k WHERE k.idempotency_key LIKE 'midbatch%'
                      AND NOT EXISTS (SELECT 1 FROM event_store.domain_event_entry e
                        WHERE convert_from(e.meta_data, 'UTF8')::jsonb ->> 'idempotencyKey' = k.idempotency_key)""")
                    + single(cluster, """
                    SELECT count(*) FROM event_store.domain_event_entry e
                    WHERE convert_from(e.meta_data, 'UTF8')::jsonb ->> 'idempotencyKey' LIKE 'midbatch%'
                      AND NOT EXISTS (SELECT 1 FROM command_side.idempotency_key k
                        WHERE k.idempotency_key = convert_from(e.meta_data, 'UTF8')::jsonb ->> 'idempotencyKey')""");
            // evidence that commands did share transactions: group commit was at work while the victim died
            long sharedTransactions = single(cluster, """
                    SELECT count(*) FROM (SELECT tx_id FROM event_store.domain_event_entry
                      WHERE convert_from(meta_data, 'UTF8')::jsonb ->> 'idempotencyKey' LIKE 'midbatch%'
                      GROUP BY tx_id HAVING count(*) > 1) shared""");
            Invariants.Result result = Scenarios.finish(cluster, workload, "kill -9 command side mid-batch",
                    Map.of("clients", 16, "restartMillis", restart.toMillis(), "heldBatchTransaction", "aborted",
                            "halfApplied", halfApplied, "transactionsWithSeveralCommands", sharedTransactions));
            assertThat(result.unknown()).isZero();
            assertThat(halfApplied).isZero();
            assertThat(Scenarios.eventsWithKey(cluster, BLOCKER)).isEqualTo(1);
            assertThat(sharedTransactions).isPositive();
        }
    }

    /** The transaction of the victim that waits for a lock (the held key): its id, or null. */
    private static String waitingTransactionOf(Cluster cluster) throws Exception {
        try (Connection db = cluster.pg.connect(); PreparedStatement s = db.prepareStatement("""
                SELECT backend_xid::text FROM pg_stat_activity
                WHERE application_name = 'command-1' AND wait_event_type = 'Lock' AND backend_xid IS NOT NULL""");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static String status(Cluster cluster, String xid) throws Exception {
        try (Connection db = cluster.pg.connect();
             PreparedStatement s = db.prepareStatement("SELECT pg_xact_status(?::xid8)")) {
            s.setString(1, xid);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static long single(Cluster cluster, String sql) throws Exception {
        try (Connection db = cluster.pg.connect(); ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
