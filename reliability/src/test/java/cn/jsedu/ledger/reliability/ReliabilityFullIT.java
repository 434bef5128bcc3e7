package cn.jsedu.ledger.reliability;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The long scenarios (profile reliability-full), on two command-side and two query-side JVMs: load at 1, 8 and
 * 32 clients, kill -9 of either side, a PostgreSQL crash, CPU starvation, and a read-model replay under load.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReliabilityFullIT {

    private static Cluster cluster;

    @BeforeAll
    static void start() {
        cluster = Cluster.start("full", 2, 2);
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    @Order(1)
    void loadAtOneEightAndThirtyTwoClients() throws Exception {
        for (int[] shape : new int[][]{{1, 300}, {8, 100}, {32, 50}}) {
            Workload workload = new Workload(cluster, "load" + shape[0]);
            workload.setUp(20, 5000);
            Instant start = Instant.now();
            workload.run(shape[0], shape[1], Duration.ofSeconds(15), Duration.ofMinutes(3));
            long millis = Duration.between(start, Instant.now()).toMillis();
            Scenarios.finish(cluster, workload, "load " + shape[0] + " clients", Map.of("clients", shape[0],
                    "commandsPerSecond", workload.outcomes.size() * 1000L / Math.max(1, millis)));
        }
    }

    @Test
    @Order(2)
    void killCommandSide() throws Exception {
        Scenarios.killCommandSide(cluster, 8, 150);
    }

    @Test
    @Order(3)
    void killQuerySideHoldingSegments() throws Exception {
        Workload workload = new Workload(cluster, "killq");
        workload.setUp(10, 2000);
        CompletableFuture<Void> load = CompletableFuture.runAsync(() -> Scenarios.run(workload, 8, 100));
        await().atMost(Duration.ofMinutes(2)).until(() -> workload.outcomes.size() > 200);
        // the victim is the instance that holds segments right now (the first one up usually holds them all)
        Service victim = cluster.querySides.stream().filter(q -> segmentsOwnedBy(q) > 0).findFirst().orElseThrow();
        Service survivor = cluster.querySides.stream().filter(q -> q != victim).findFirst().orElseThrow();
        int held = segmentsOwnedBy(victim);
        victim.kill9();
        Instant killed = Instant.now();
        await().atMost(Duration.ofMinutes(2)).until(() -> segmentsOwnedBy(survivor) == SEGMENTS);
        long takeover = Duration.between(killed, Instant.now()).toMillis();
        load.get();
        Invariants.Result result = Scenarios.finish(cluster, workload, "kill -9 query side",
                Map.of("clients", 8, "segmentsHeldByVictim", held, "millisUntilSurvivorHeldAllSegments", takeover));
        victim.start();
        victim.awaitHealthy(Cluster.STARTUP);
        assertThat(result.ok()).isTrue();
    }

    private static final int SEGMENTS = 2;

    /** Segments of the read-model processor whose claim names this instance ("pid@host", Axon's owner format). */
    private static int segmentsOwnedBy(Service service) {
        try (var db = cluster.pg.connect(); var s = db.prepareStatement("""
                SELECT count(*) FROM read_model.token_entry WHERE processor_name = 'read-models' AND owner LIKE ?""")) {
            s.setString(1, service.pid() + "@%");
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(4)
    void postgresCrashMidLoad() throws Exception {
        Workload workload = new Workload(cluster, "pgcrash");
        workload.setUp(10, 2000);
        CompletableFuture<Void> load = CompletableFuture.runAsync(() -> Scenarios.run(workload, 8, 100));
        await().atMost(Duration.ofMinutes(2)).until(() -> workload.outcomes.size() > 200);
        cluster.pg.crash();
        Instant down = Instant.now();
        await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).until(() -> true);
        cluster.pg.restart();
        Instant up = Instant.now();
        Duration recovered = firstCommandAccepted(workload);
        load.get();
        Scenarios.finish(cluster, workload, "PostgreSQL crash", Map.of("downMillis", Duration.between(down, up).toMillis(),
                "firstCommandAfterRestartMillis", recovered.toMillis()));
    }

    @Test
    @Order(5)
    void cpuStarvation() throws Exception {
        Process stress = new ProcessBuilder("stress-ng", "--cpu", "4", "--timeout", "120s").inheritIO().start();
        try {
            Workload workload = new Workload(cluster, "starve");
            workload.setUp(10, 2000);
            workload.run(8, 60, Duration.ofSeconds(30), Duration.ofMinutes(5));
            Scenarios.finish(cluster, workload, "starvation (stress-ng --cpu 4)", Map.of("clients", 8));
        } finally {
            stress.destroy();
            stress.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(cluster.querySides).allSatisfy(q -> assertThat(q.alive()).isTrue());
    }

    @Test
    @Order(6)
    void replayDuringLoad() throws Exception {
        Workload workload = new Workload(cluster, "replay");
        workload.setUp(10, 2000);
        // a processor can only be reset when no other instance holds its segments (Axon #550): stop the other one
        cluster.querySides.get(1).stop();
        CompletableFuture<Void> load = CompletableFuture.runAsync(() -> Scenarios.run(workload, 4, 100));
        await().atMost(Duration.ofMinutes(2)).until(() -> workload.outcomes.size() > 100);
        String admin = cluster.tokens.bearer("admin1", "PROVINCE_ADMIN", null);
        HttpResponse<String> rebuild = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                cluster.querySides.get(0).base() + "/api/v1/admin/read-models/rebuild")).header("Authorization", admin)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(rebuild.statusCode()).isEqualTo(202);
        load.get();
        await().atMost(Duration.ofMinutes(5)).until(() -> Invariants.get(cluster.querySides.get(0).base()
                + "/api/v1/admin/read-models/status", admin).path("complete").asBoolean());
        Scenarios.finish(cluster, workload, "replay during load", Map.of("clients", 4));
        cluster.querySides.get(1).start().awaitHealthy(Cluster.STARTUP);
    }

    private static Duration firstCommandAccepted(Workload workload) {
        Instant start = Instant.now();
        Client client = workload.client(Duration.ofSeconds(5), Duration.ofMinutes(3));
        Outcome outcome = workload.installment(client, 0, 100);
        workload.outcomes.add(outcome);
        assertThat(outcome.acked()).as(outcome.toString()).isTrue();
        return Duration.between(start, Instant.now());
    }
}
