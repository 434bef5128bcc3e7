package cn.jsedu.ledger.reliability;

import cn.jsedu.ledger.kernel.chain.AppendSignature;
import cn.jsedu.ledger.kernel.chain.Ed25519Keys;
import cn.jsedu.ledger.kernel.chain.EventHash;
import cn.jsedu.ledger.kernel.chain.KeyFiles;
import cn.jsedu.ledger.kernel.chain.StoredEventRow;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The fault scenarios; each ends by checking the invariants and writing its figures to the report. */
final class Scenarios {

    private Scenarios() {
    }

    /** 20 concurrent expenditures of 100.00 against 1,000.00 over two command-side JVMs: exactly 10 succeed. */
    static void contention(Cluster cluster) throws Exception {
        Workload workload = new Workload(cluster, "contention");
        workload.setUp(1, 1000);
        List<Client> clients = cluster.commandBases().stream()
                .map(base -> new Client(List.of(base), Duration.ofSeconds(30), Duration.ofSeconds(60))).toList();
        List<Callable<Outcome>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Client client = clients.get(i % clients.size());
            calls.add(() -> workload.expenditure(client, 0, 10_000));
        }
        List<Outcome> outcomes = concurrently(calls);
        workload.outcomes.addAll(outcomes);
        assertThat(outcomes).filteredOn(Outcome::acked).hasSize(10);
        assertThat(outcomes).filteredOn(o -> !o.acked())
                .allSatisfy(o -> assertThat(o.code()).as(o.toString()).isEqualTo("INSUFFICIENT_CASH_BALANCE"));
        assertThat(outcomes).allSatisfy(o -> assertThat(o.httpStatus()).isLessThan(500));
        finish(cluster, workload, "contention", Map.of("clients", 20, "instances", cluster.commandSides.size()));
    }

    /**
     * The same key sent concurrently to two instances, and again after a request timed out at the client but
     * committed at the server: one event per key, the same answer every time.
     */
    static void duplicates(Cluster cluster) throws Exception {
        Workload workload = new Workload(cluster, "duplicates");
        workload.setUp(1, 1000);
        String body = "{\"source\":\"COLLEGE\",\"form\":\"CASH\",\"amount\":\"5.00\",\"effectiveDate\":\"2020-04-01\",\"voucherRef\":\"v\"}";
        String path = "/api/v1/platforms/duplicates-P0/installments";
        String officer = workload.officer(0);
        List<Callable<Outcome>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Client client = new Client(List.of(cluster.commandBases().get(i % cluster.commandBases().size())),
                    Duration.ofSeconds(30), Duration.ofSeconds(60));
            calls.add(() -> client.post(path, body, "dup-concurrent", officer, "duplicates-P0", "INSTALLMENT", 500));
        }
        List<Outcome> concurrent = concurrently(calls);
        assertThat(concurrent).allSatisfy(o -> assertThat(o.acked()).as(o.toString()).isTrue());
        assertThat(concurrent.stream().map(Outcome::version).distinct()).hasSize(1);
        workload.outcomes.add(concurrent.get(0));

        // a client that times out: it sent the request and hung up; the server committed it anyway
        Client.sendAndHangUp(cluster.commandBases().get(0), path, body, "dup-timeout", officer);
        await().atMost(Duration.ofSeconds(60)).until(() -> eventsWithKey(cluster, "dup-timeout") == 1);
        Client patient = new Client(cluster.commandBases(), Duration.ofSeconds(30), Duration.ofSeconds(60));
        Outcome retry = patient.post(path, body, "dup-timeout", officer, "duplicates-P0", "INSTALLMENT", 500);
        Outcome again = patient.post(path, body, "dup-timeout", officer, "duplicates-P0", "INSTALLMENT", 500);
        assertThat(retry.acked()).isTrue();
        assertThat(again.version()).isEqualTo(retry.version());
        assertThat(eventsWithKey(cluster, "dup-timeout")).isEqualTo(1);
        assertThat(eventsWithKey(cluster, "dup-concurrent")).isEqualTo(1);
        workload.outcomes.add(retry);
        finish(cluster, workload, "duplicates", Map.of("concurrentSends", 10, "retriedAfterHangUp", 2));
    }

    /**
     * The Axon 4.13 skip risk: a transaction takes its id, stays open while others commit events after it, then
     * inserts and commits its own event: the projection applies it, and every other event exactly once.
     */
    static void lateCommit(Cluster cluster, long holdSeconds) throws Exception {
        Workload workload = new Workload(cluster, "late");
        workload.setUp(3, 1000);
        String platform = "late-" + UUID.randomUUID().toString().substring(0, 8);
        Instant opened;
        try (Connection late = cluster.pg.connect()) {
            late.setAutoCommit(false);
            try (var s = late.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_current_xact_id()::text")) {
                rs.next();
            }
            opened = Instant.now();
            workload.run(4, 20, Duration.ofSeconds(10), Duration.ofMinutes(2));
            await().atMost(Duration.ofSeconds(holdSeconds + 60))
                    .until(() -> Duration.between(opened, Instant.now()).getSeconds() >= holdSeconds);
            insertDeclaration(cluster, late, platform);
            late.commit();
        }
        String auditor = cluster.tokens.bearer("auditor", "AUDITOR", null);
        await().atMost(Duration.ofSeconds(60)).until(() -> Invariants.get(cluster.queryBases().get(0)
                + "/api/v1/platforms/" + platform, auditor).path("platformId").asText().equals(platform));
        finish(cluster, workload, "late commit", Map.of("heldSeconds", Duration.between(opened, Instant.now()).getSeconds()));
    }

    /** kill -9 of a command-side JVM mid-load: clients retry with their keys on the other instance. */
    static void killCommandSide(Cluster cluster, int clients, int perClient) throws Exception {
        Workload workload = new Workload(cluster, "killcmd");
        workload.setUp(10, 2000);
        CompletableFuture<Void> load = CompletableFuture.runAsync(() -> run(workload, clients, perClient));
        await().atMost(Duration.ofMinutes(3)).until(() -> workload.outcomes.size() > 10 + clients * perClient / 4);
        Service victim = cluster.commandSides.get(0);
        victim.kill9();
        victim.start();
        Duration restart = victim.awaitHealthy(Cluster.STARTUP);
        load.get();
        Invariants.Result result = finish(cluster, workload, "kill -9 command side",
                Map.of("clients", clients, "restartMillis", restart.toMillis()));
        assertThat(result.unknown()).isZero();
    }

    static void run(Workload workload, int clients, int perClient) {
        try {
            workload.run(clients, perClient, Duration.ofSeconds(10), Duration.ofMinutes(3));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Invariants.Result finish(Cluster cluster, Workload workload, String scenario, Map<String, Object> extra)
            throws Exception {
        Invariants.Result result = Invariants.check(cluster, workload, Duration.ofMinutes(2));
        Map<String, Long> rejectedBy = new java.util.TreeMap<>();
        List.copyOf(workload.outcomes).stream().filter(o -> o.status() == Outcome.Status.REJECTED)
                .forEach(o -> rejectedBy.merge(o.httpStatus() + " " + o.code(), 1L, Long::sum));
        Map<String, Object> figures = new java.util.LinkedHashMap<>(extra);
        figures.put("rejectedBy", rejectedBy);
        Report.write(scenario, result, figures);
        assertThat(result.ok()).as(result.toString()).isTrue();
        // the workloads are built so that the only refusal a rule may give is a cash balance too small for a
        // random expenditure; any other refusal (a reused key after a retry, a 400, a 403) is a defect here
        assertThat(rejectedBy.keySet()).as("refusals").allMatch(k -> k.equals("422 INSUFFICIENT_CASH_BALANCE"));
        return result;
    }

    static List<Outcome> concurrently(List<Callable<Outcome>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : pool.invokeAll(calls)) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    static long eventsWithKey(Cluster cluster, String key) throws Exception {
        try (Connection db = cluster.pg.connect(); PreparedStatement s = db.prepareStatement("""
                SELECT count(*) FROM event_store.domain_event_entry
                WHERE convert_from(meta_data, 'UTF8')::jsonb ->> 'idempotencyKey' = ?""")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * A well-formed, chained declaration event, inserted the way the command side's engine would, signed with the
     * command sides' key (ADR 0010).
     */
    static void insertDeclaration(Cluster cluster, Connection db, String platformId) throws Exception {
        String payload = """
                {"platformId":"%s","college":{"code":"7999999999","name":"迟到学院"},"majorGroup":"g","industry":"i","title":"t",
                 "enterprises":[],"plan":[{"source":"COLLEGE","partyId":null,"year":2020,"amount":{"fen":3000000000}}]}"""
                .formatted(platformId);
        StoredEventRow row = new StoredEventRow(platformId, 0, UUID.randomUUID().toString(), "Platform",
                Instant.now().toString(), "cn.jsedu.ledger.kernel.event.PlatformDeclaredEvent", "1",
                payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8), null, null)
                .chainedTo(EventHash.genesis());
        KeyPair key = KeyFiles.read(cluster.eventKeys().resolve(AppendSignature.KEY_FILE_NAME + ".pem"),
                cluster.eventKeys().resolve(AppendSignature.KEY_FILE_NAME + ".pub.pem"));
        String keyId = Ed25519Keys.keyId(key.getPublic());
        byte[] signature = Ed25519Keys.sign(key.getPrivate(),
                AppendSignature.statement(keyId, platformId, 0, 0, row.eventHash()));
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                  time_stamp, payload_type, payload_revision, payload, meta_data, previous_hash, event_hash,
                  signed_from, signature_key_id, signature)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")) {
            insert.setString(1, row.eventIdentifier());
            insert.setString(2, row.aggregateIdentifier());
            insert.setLong(3, row.sequenceNumber());
            insert.setString(4, row.type());
            insert.setString(5, row.timestamp());
            insert.setString(6, row.payloadType());
            insert.setString(7, row.payloadRevision());
            insert.setBytes(8, row.payload());
            insert.setBytes(9, row.metaData());
            insert.setBytes(10, row.previousHash());
            insert.setBytes(11, row.eventHash());
            insert.setString(12, keyId);
            insert.setBytes(13, signature);
            insert.executeUpdate();
        }
    }
}
