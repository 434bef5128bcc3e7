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
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scaled layout of ADR 0009 on this machine, every part a real process: a PostgreSQL primary and a hot standby
 * fed by streaming replication; three command-side JVMs behind HAProxy, which hashes the platform id from the path;
 * a query side whose processors stream events from the standby while its read models and tokens live on the
 * primary. One cluster for all the scenarios (starting it is most of the cost).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutSmokeIT {

    private static final String SCRAPE_PASSWORD = "scale-out-scrape";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static Cluster cluster;
    private static Standby standby;
    private static Router router;
    private static Service querySide;

    @BeforeAll
    static void start() {
        cluster = Cluster.start("scale-out", 3, 0);
        standby = Standby.of(cluster.pg, cluster.dir.resolve("standby"));
        Map<String, Integer> nodes = new LinkedHashMap<>();
        cluster.commandSides.forEach(s -> nodes.put(s.name, s.port));
        router = Router.start(cluster.dir, nodes);
        cluster.router = router.base();
        querySide = cluster.addQuerySide(Map.of("LEDGER_EVENT_SOURCE_URL", standby.url(),
                "LEDGER_EVENT_SOURCE_USERNAME", "postgres", "LEDGER_EVENT_SOURCE_PASSWORD", "",
                "LEDGER_METRICS_PASSWORD", SCRAPE_PASSWORD));
        querySide.awaitHealthy(Cluster.STARTUP);
    }

    @AfterAll
    static void stop() throws Exception {
        if (router != null) {
            router.close();
        }
        if (cluster != null) {
            cluster.querySides.forEach(Service::stop);
        }
        if (standby != null) {
            standby.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void aNodeLeavingOrJoiningMovesOnlyItsOwnShareOfPlatforms() {
        List<String> platforms = IntStream.range(0, 300).mapToObj(i -> "route-" + i).toList();
        Map<String, String> three = router.nodesOf(platforms);
        Map<String, Long> shares = new LinkedHashMap<>();
        three.values().forEach(node -> shares.merge(node, 1L, Long::sum));
        assertThat(shares).as("every platform routed to a node, each node a share").containsOnlyKeys("command-1",
                "command-2", "command-3");
        assertThat(shares.values()).allSatisfy(share -> assertThat(share).isGreaterThan(platforms.size() / 10));
        // the same platform goes to the same node every time
        assertThat(router.nodesOf(platforms)).isEqualTo(three);

        router.setState("command-3", "maint");
        await().atMost(Duration.ofSeconds(30)).until(() -> router.upNodes() == 2);
        Map<String, String> two = router.nodesOf(platforms);
        long moved = platforms.stream().filter(p -> !two.get(p).equals(three.get(p))).count();
        assertThat(platforms).allSatisfy(p -> {
            if (three.get(p).equals("command-3")) {
                assertThat(two.get(p)).isIn("command-1", "command-2");
            } else {
                assertThat(two.get(p)).as("a platform of a node that stayed").isEqualTo(three.get(p));
            }
        });
        assertThat(moved).isEqualTo(shares.get("command-3"));

        router.setState("command-3", "ready");
        await().atMost(Duration.ofSeconds(30)).until(() -> router.upNodes() == 3);
        assertThat(router.nodesOf(platforms)).as("the node that joins takes back exactly its share").isEqualTo(three);
        note("routing", Map.of("platforms", platforms.size(), "shares", shares, "movedWhenOneLeft", moved));
    }

    @Test
    @Order(2)
    void theQuerySideStreamsFromTheStandbyUnderRoutedLoadNothingSkippedNothingDoubled() throws Exception {
        Workload workload = new Workload(cluster, "standby");
        workload.setUp(12, 2000);
        Map<String, Duration> cpuBefore = commandSideCpu();
        String walBefore = primaryWalPosition();
        LagSampler lag = new LagSampler();
        CompletableFuture<Void> sampling = CompletableFuture.runAsync(lag);
        Instant start = Instant.now();
        try {
            workload.run(8, 30, Duration.ofSeconds(10), Duration.ofMinutes(2));
        } finally {
            lag.stop.set(true);
            sampling.get();
        }
        Duration took = Duration.between(start, Instant.now());
        long walBytes = walBytesSince(walBefore);
        Map<String, Duration> cpuAfter = commandSideCpu();
        long acked = workload.outcomes.stream().filter(Outcome::acked).count();
        long cpuMillis = cpuAfter.entrySet().stream()
                .mapToLong(e -> e.getValue().minus(cpuBefore.get(e.getKey())).toMillis()).sum();

        // the stream's connections are on the standby, none on the primary
        assertThat(sessions(standby.connect(), "ledger-event-source")).isPositive();
        assertThat(sessions(cluster.pg.connect(), "ledger-event-source")).isZero();
        // lag is exported as metrics, and a measurement, not a constant
        Map<String, Double> metrics = scrape(querySide, "ledger_replication_lag_seconds", "ledger_replication_behind_bytes");
        assertThat(metrics).containsKeys("ledger_replication_lag_seconds", "ledger_replication_behind_bytes");
        assertThat(metrics.values()).allSatisfy(v -> assertThat(v).isFinite().isGreaterThanOrEqualTo(0));

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("commandsPerSecond", Math.round(acked * 10.0 / Math.max(1, took.toMillis()) * 1000) / 10.0);
        figures.put("commandSideCpuMillisPerCommand", Math.round(cpuMillis * 100.0 / Math.max(1, acked)) / 100.0);
        // WAL the standby must receive per command (the query side's own writes included): the replication traffic
        figures.put("walBytesPerCommand", walBytes / Math.max(1, acked));
        figures.put("maxReplayLagMillis", lag.maxReplayLagMillis);
        figures.put("maxBehindBytes", lag.maxBehindBytes);
        figures.put("lagSamples", lag.samples);
        Scenarios.finish(cluster, workload, "stream from standby, routed commands", figures);
    }

    @Test
    @Order(3)
    void aLateCommitOnThePrimaryIsHeldBackOnTheStandbyNeverSkipped() throws Exception {
        Workload workload = new Workload(cluster, "standby-late");
        workload.setUp(3, 1000);
        String platform = "late-" + UUID.randomUUID().toString().substring(0, 8);
        long lateXid;
        try (Connection late = cluster.pg.connect()) {
            late.setAutoCommit(false);
            try (Statement s = late.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_current_xact_id()::text")) {
                rs.next();
                lateXid = Long.parseLong(rs.getString(1));
            }
            workload.run(4, 20, Duration.ofSeconds(10), Duration.ofMinutes(2));
            String written = primaryWalPosition();
            await().atMost(Duration.ofSeconds(60)).until(() -> replayedAtLeast(written));

            // on the standby, as on the primary, the bound stays at the open transaction: nothing above it is read
            assertThat(standby.snapshotXmin()).isLessThanOrEqualTo(lateXid);
            assertThat(eventsAfter(lateXid, "")).as("events committed after the late transaction took its id")
                    .isPositive();
            assertThat(eventsAfter(lateXid, "JOIN read_model.ledger_entry l ON l.event_id = e.event_identifier"))
                    .as("of those, applied while the older transaction is open").isZero();

            Scenarios.insertDeclaration(cluster, late, platform);
            late.commit();
        }
        String auditor = cluster.tokens.bearer("auditor", "AUDITOR", null);
        await().atMost(Duration.ofSeconds(60)).until(() -> Invariants.get(cluster.queryBases().get(0)
                + "/api/v1/platforms/" + platform, auditor).path("platformId").asText().equals(platform));
        Scenarios.finish(cluster, workload, "late commit, stream from standby", Map.of("lateXid", lateXid));
    }

    @Test
    @Order(4)
    void minVersionWaitsForReplicationThen503NeverStaleAsCurrent() throws Exception {
        Workload workload = new Workload(cluster, "standby-ryw");
        workload.setUp(1, 1000);
        String platform = workload.platforms.get(0);
        String auditor = cluster.tokens.bearer("auditor", "AUDITOR", null);
        String url = querySide.base() + "/api/v1/platforms/" + platform;
        long before = workload.outcomes.stream().mapToLong(Outcome::version).max().orElseThrow();
        assertThat(status(url + "?minVersion=" + before, auditor)).isEqualTo(200);

        standby.pauseReplay();
        Outcome written;
        try {
            written = Workload.must(workload.installment(workload.client(Duration.ofSeconds(10), Duration.ofMinutes(1)),
                    0, 12_300));
            assertThat(written.version()).isGreaterThan(before);
            Instant asked = Instant.now();
            assertThat(status(url + "?minVersion=" + written.version(), auditor))
                    .as("the write is on the primary, not yet replayed on the standby").isEqualTo(503);
            assertThat(Duration.between(asked, Instant.now())).as("after the bound, not at once")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(4));
            // without minVersion: the read model as it is, saying which version it is — not the write
            assertThat(Invariants.get(url, auditor).path("version").asLong()).isEqualTo(before);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Map<String, Double> lag = scrape(querySide, "ledger_replication_lag_seconds",
                        "ledger_replication_behind_bytes");
                assertThat(lag.get("ledger_replication_behind_bytes")).isPositive();
                assertThat(lag.get("ledger_replication_lag_seconds")).isPositive();
            });
        } finally {
            standby.resumeReplay();
        }
        assertThat(status(url + "?minVersion=" + written.version(), auditor)).isEqualTo(200);
        assertThat(Invariants.get(url + "?minVersion=" + written.version(), auditor).path("version").asLong())
                .isGreaterThanOrEqualTo(written.version());
        workload.outcomes.add(written);
        Scenarios.finish(cluster, workload, "minVersion across replication", Map.of("versionWritten", written.version()));
    }

    @Test
    @Order(5)
    void aCommandSideKilledMidLoadBehindTheRouterLosesNoAcknowledgedCommand() throws Exception {
        Workload workload = new Workload(cluster, "routed-kill");
        workload.setUp(12, 2000);
        // the victim is the node that serves most of the workload's platforms
        Map<String, Long> served = new LinkedHashMap<>();
        router.nodesOf(workload.platforms).values().forEach(n -> served.merge(n, 1L, Long::sum));
        String victimName = served.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Service victim = cluster.commandSides.stream().filter(s -> s.name.equals(victimName)).findFirst().orElseThrow();

        int clients = 6;
        int perClient = 40;
        CompletableFuture<Void> load = CompletableFuture.runAsync(() -> Scenarios.run(workload, clients, perClient));
        await().atMost(Duration.ofMinutes(3)).until(() -> workload.outcomes.size() > 12 + clients * perClient / 4);
        victim.kill9();
        Instant killed = Instant.now();
        await().atMost(Duration.ofSeconds(30)).until(() -> router.upNodes() == 2);
        Duration failover = Duration.between(killed, Instant.now());
        load.get();
        Invariants.Result result = Scenarios.finish(cluster, workload, "kill -9 command side behind the router",
                Map.of("victim", victimName, "platformsOnVictim", served.get(victimName),
                        "routerFailoverMillis", failover.toMillis()));
        assertThat(result.unknown()).isZero();
    }

    /**
     * Failover: the primary is killed mid-load (pg_ctl stop -m immediate, a power loss), the standby promoted, the
     * services pointed at it. Synchronous replication is switched on first (synchronous_standby_names), so an
     * acknowledged command is on the standby when the primary dies: none may be lost. The clients go on retrying
     * with their keys through the failover; the query side keeps its tokens (they were replicated with the read
     * models, and a physical replica shares the primary's xid space), so nothing is skipped or applied twice.
     */
    @Test
    @Order(6)
    void promotingTheStandbyAfterThePrimaryDiesLosesNoAcknowledgedCommand() throws Exception {
        try (Connection db = cluster.pg.connect(); Statement s = db.createStatement()) {
            s.execute("ALTER SYSTEM SET synchronous_standby_names = '\"ledger-standby\"'");
            s.execute("SELECT pg_reload_conf()");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> syncState().equals("sync"));
        Workload workload = new Workload(cluster, "promotion");
        workload.setUp(6, 2000);
        Map<Integer, byte[]> tokensBefore = tokens(cluster.pg);
        int clients = 4;
        int perClient = 30;
        // the clients' deadline covers the failover: the services restart on the promoted server meanwhile
        CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
            try {
                workload.run(clients, perClient, Duration.ofSeconds(10), Duration.ofMinutes(6));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofMinutes(3)).until(() -> workload.outcomes.size() > 6 + clients * perClient / 3);
        long ackedBeforeCrash = workload.outcomes.stream().filter(Outcome::acked).count();
        Instant crashed = Instant.now();
        cluster.pg.crash();
        Instant promoting = Instant.now();
        cluster.pg = standby.promote();
        Duration promotion = Duration.between(promoting, Instant.now());
        assertThat(standby.inRecovery()).isFalse();

        // every service on the promoted server: its read models and tokens are there, and now its event stream too.
        // Their pools point at a dead server, so a graceful stop buys nothing: all go at once and start together
        cluster.commandSides.forEach(Service::kill9);
        querySide.kill9();
        String promoted = standby.url();
        cluster.commandSides.forEach(c -> c.restartWith(Map.of("SPRING_DATASOURCE_URL", promoted + "?ApplicationName="
                + c.name)));
        querySide.restartWith(Map.of("SPRING_DATASOURCE_URL", promoted + "?ApplicationName=" + querySide.name,
                "LEDGER_EVENT_SOURCE_URL", promoted));
        cluster.commandSides.forEach(c -> c.awaitHealthy(Cluster.STARTUP));
        querySide.awaitHealthy(Cluster.STARTUP);
        await().atMost(Duration.ofSeconds(60)).until(() -> router.upNodes() == 3);
        // from the kill to every service answering again: promotion plus four JVM starts on this machine
        Duration outage = Duration.between(crashed, Instant.now());
        load.get();

        Invariants.Result result = Scenarios.finish(cluster, workload, "primary killed, standby promoted",
                Map.of("promotionMillis", promotion.toMillis(), "outageMillis", outage.toMillis(),
                        "ackedBeforeCrash", ackedBeforeCrash));
        assertThat(result.unknown()).isZero();
        assertThat(result.lost()).isZero();
        // the same processor's segments, each moved on from where it stood on the old primary: continued, not reset
        Map<Integer, byte[]> tokensAfter = tokens(cluster.pg);
        assertThat(tokensAfter.keySet()).isEqualTo(tokensBefore.keySet());
        assertThat(tokensAfter).allSatisfy((segment, token) -> assertThat(token).isNotNull());
        assertThat(tokensAfter.entrySet()).anySatisfy(e -> assertThat(e.getValue()).isNotEqualTo(tokensBefore.get(e.getKey())));
        // the event source is a primary now: it lags nothing, and the gauges say so (not NaN, not a growing distance)
        Map<String, Double> lag = scrape(querySide, "ledger_replication_lag_seconds", "ledger_replication_behind_bytes");
        assertThat(lag).containsEntry("ledger_replication_lag_seconds", 0.0)
                .containsEntry("ledger_replication_behind_bytes", 0.0);
        System.out.println("RELIABILITY promotion: promoted in " + promotion.toMillis() + " ms, commands refused or "
                + "retried for " + outage.toMillis() + " ms (services restarted), " + result);
    }

    /** The standby's replication mode as the primary reports it (async, sync), or "" when it is not connected. */
    private static String syncState() throws Exception {
        try (Connection db = cluster.pg.connect(); Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT sync_state FROM pg_stat_replication WHERE application_name = 'ledger-standby'")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    /** The read-models processor's tokens by segment. */
    private static Map<Integer, byte[]> tokens(Pg pg) throws Exception {
        Map<Integer, byte[]> tokens = new java.util.TreeMap<>();
        try (Connection db = pg.connect(); Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT segment, token FROM read_model.token_entry WHERE processor_name = 'read-models'")) {
            while (rs.next()) {
                tokens.put(rs.getInt(1), rs.getBytes(2));
            }
        }
        return tokens;
    }

    /** Figures of a scenario without a workload, beside the others in results.jsonl. */
    private static void note(String scenario, Map<String, Object> figures) {
        Map<String, Object> line = new LinkedHashMap<>(figures);
        line.put("scenario", scenario);
        String json;
        try {
            json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(line);
            java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("reliability.out", "target/reliability"))
                    .resolve("results.jsonl");
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, json + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        System.out.println("RELIABILITY " + json);
    }

    private static Map<String, Duration> commandSideCpu() {
        Map<String, Duration> cpu = new LinkedHashMap<>();
        cluster.commandSides.forEach(s -> cpu.put(s.name, ProcessHandle.of(s.pid()).flatMap(p -> p.info().totalCpuDuration())
                .orElse(Duration.ZERO)));
        return cpu;
    }

    /** Replication lag as the primary sees it, sampled every 100 ms during a load. */
    private static final class LagSampler implements Runnable {

        final AtomicBoolean stop = new AtomicBoolean();
        volatile long maxReplayLagMillis;
        volatile long maxBehindBytes;
        volatile int samples;

        @Override
        public void run() {
            try (Connection db = cluster.pg.connect(); PreparedStatement s = db.prepareStatement("""
                    SELECT coalesce(extract(epoch FROM replay_lag) * 1000, 0)::bigint,
                           pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint
                    FROM pg_stat_replication WHERE application_name = 'ledger-standby'""")) {
                while (!stop.get()) {
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next()) {
                            maxReplayLagMillis = Math.max(maxReplayLagMillis, rs.getLong(1));
                            maxBehindBytes = Math.max(maxBehindBytes, rs.getLong(2));
                            samples++;
                        }
                    }
                    java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static long sessions(Connection connection, String applicationName) throws Exception {
        try (Connection db = connection; PreparedStatement s = db.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = ?")) {
            s.setString(1, applicationName);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String primaryWalPosition() throws Exception {
        try (Connection db = cluster.pg.connect(); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_current_wal_lsn()::text")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long walBytesSince(String position) throws Exception {
        try (Connection db = cluster.pg.connect(); PreparedStatement s = db.prepareStatement(
                "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), CAST(? AS pg_lsn))::bigint")) {
            s.setString(1, position);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static boolean replayedAtLeast(String position) throws Exception {
        String replayed = standby.replayed();
        try (Connection db = cluster.pg.connect(); PreparedStatement s = db.prepareStatement(
                "SELECT pg_wal_lsn_diff(CAST(? AS pg_lsn), CAST(? AS pg_lsn)) >= 0")) {
            s.setString(1, replayed);
            s.setString(2, position);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Events (of the event store, on the primary) whose transaction id is above {@code xid}, optionally joined. */
    private static long eventsAfter(long xid, String join) throws Exception {
        try (Connection db = cluster.pg.connect(); PreparedStatement s = db.prepareStatement(
                "SELECT count(*) FROM event_store.domain_event_entry e " + join
                        + " WHERE e.tx_id > CAST(CAST(? AS text) AS xid8)")) {
            s.setString(1, Long.toString(xid));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int status(String url, String bearer) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", bearer).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The values of unlabelled gauges in one Prometheus scrape, as the scrape account reads them. */
    private static Map<String, Double> scrape(Service service, String... names) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("prometheus:" + SCRAPE_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(service.base() + "/actuator/prometheus"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", basic).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        Map<String, Double> values = new LinkedHashMap<>();
        List<String> wanted = new ArrayList<>(List.of(names));
        for (String line : answer.body().split("\n")) {
            for (String name : wanted) {
                if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                    values.put(name, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
                }
            }
        }
        return values;
    }
}
