package cn.jsedu.ledger.system.fuzz;

import cn.jsedu.ledger.system.LedgerSystem;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Hostile input to every endpoint of both APIs and the actuator (the endpoints read from docs/openapi/, so a new one
 * is fuzzed as it is documented): bodies, headers, paths, query strings, methods, content types and callers, each
 * case one hostile change to a request the ledger would take ({@link Requests}), checked against {@link Invariants}
 * with the event store looked at after every case. 10,000 cases a build from a fixed seed ({@link FuzzSettings});
 * jqwik shrinks a failing case to a small one.
 */
class HostileInputFuzzIT {

    /** {@code -Dledger.fuzz.survey=true}: report every kind of breach once instead of failing on the first (exploring only). */
    private static final boolean SURVEY = Boolean.getBoolean("ledger.fuzz.survey");
    private static final java.util.Set<String> SURVEYED = ConcurrentHashMap.newKeySet();
    private static LedgerSystem ledger;
    private static Stage stage;
    private static Requests requests;
    private static Store store;
    private static final Wire WIRE = new Wire();
    private static Store.Mark mark;
    private static long started;
    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final AtomicInteger RAW = new AtomicInteger();
    private static final Map<String, AtomicInteger> BY_STATUS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> BY_ASPECT = new ConcurrentHashMap<>();
    private static final AtomicLong ACCEPTED_COMMANDS = new AtomicLong();
    private static final Map<String, AtomicLong> TIME = new ConcurrentHashMap<>();
    /** Platforms the fuzzer's accepted commands moved on, and the version each must reach in the read model. */
    private static final Map<String, Long> UNAPPLIED = new ConcurrentHashMap<>();

    @BeforeContainer
    static void start() {
        ledger = LedgerSystem.get();
        store = new Store(ledger.postgres.getPostgresDatabase());
        stage = new Stage(ledger);
        requests = new Requests(stage, store::exists);
        // a checkpoint to read (GET /api/v1/checkpoints/1 and verification against it)
        ledger.queries.as("admin1").post("/api/v1/checkpoints", "{}");
        mark = store.mark();
        started = System.nanoTime();
    }

    @AfterContainer
    static void report() {
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("HostileInputFuzzIT: %d hostile cases tried (seed %s) in %.1f s, %.0f a second; %d sent over raw "
                        + "sockets; %d commands accepted%n  by aspect: %s%n  by status: %s%n", TRIED.get(),
                FuzzSettings.seed(), seconds, TRIED.get() / Math.max(seconds, 0.001), RAW.get(), ACCEPTED_COMMANDS.get(),
                new TreeMap<>(BY_ASPECT), new TreeMap<>(BY_STATUS));
        TIME.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get())).limit(12)
                .forEach(e -> System.out.printf("  %6.1f s  %s%n", e.getValue().get() / 1e9, e.getKey()));
    }

    @Property(shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    @AddLifecycleHook(FuzzSettings.class)
    void everyEndpointRefusesHostileInputCleanlyAndRecordsNothingForIt(@ForAll("cases") FuzzCase fuzz) {
        Endpoint endpoint = fuzz.endpoint();
        if (endpoint.side() == Endpoint.Side.QUERY) {
            // reads with minVersion must not wait on a read model still applying the fuzzer's own writes
            UNAPPLIED.forEach(HostileInputFuzzIT::awaitReadModel);
            UNAPPLIED.clear();
        }
        Request request = requests.of(fuzz);
        Store.Mark before = mark;
        long sent = System.nanoTime();
        Wire.Response response = WIRE.send(port(endpoint), request);
        TIME.computeIfAbsent(endpoint.toString(), e -> new AtomicLong()).addAndGet(System.nanoTime() - sent);
        Store.Mark after = store.mark();
        mark = after;
        List<String> broken = Invariants.check(endpoint, request, response, before, after, store);
        count(fuzz, request, response);
        boolean recorded = response.status() / 100 == 2 && endpoint.records() && request.method().equals("POST");
        if (recorded && broken.isEmpty()) {
            String platformId = Json.strict(response.body()).map(b -> b.path("platformId").asText(null)).orElse(null);
            long version = Json.strict(response.body()).map(b -> b.path("version").asLong()).orElseThrow();
            ACCEPTED_COMMANDS.incrementAndGet();
            // a programme's command (ADR 0019) names no platform: no platform read waits on it, none is staged
            if (platformId != null) {
                UNAPPLIED.merge(platformId, version, Math::max);
                stage.accepted(endpoint, platformId, request.declaredCollege());
            }
            mark = store.mark();
        }
        if (SURVEY && !broken.isEmpty()) {
            // exploring: every kind of breach once, and on to the next case
            String kind = endpoint.side() + " " + broken.get(0).replaceAll("[0-9]+", "N");
            if (SURVEYED.add(kind)) {
                System.out.printf("FUZZ BREACH %s%n  %s%n  sent %s%n  got %s%n", broken, fuzz, request, response);
            }
            return;
        }
        assertThat(broken).as("%s%n  sent %s%n  got %s", fuzz, request, response).isEmpty();
    }

    @Provide
    Arbitrary<FuzzCase> cases() {
        Arbitrary<FuzzCase.Aspect> aspects = Arbitraries.frequency(
                Tuple.of(6, FuzzCase.Aspect.VALID),
                Tuple.of(24, FuzzCase.Aspect.FIELD),
                Tuple.of(14, FuzzCase.Aspect.STRUCTURE),
                Tuple.of(6, FuzzCase.Aspect.CONTENT_TYPE),
                Tuple.of(5, FuzzCase.Aspect.METHOD),
                Tuple.of(10, FuzzCase.Aspect.PATH),
                Tuple.of(12, FuzzCase.Aspect.QUERY),
                Tuple.of(14, FuzzCase.Aspect.HEADER),
                Tuple.of(5, FuzzCase.Aspect.CALLER));
        return Combinators.combine(endpoints(), aspects,
                        Arbitraries.integers().between(0, 999), Arbitraries.integers().between(0, 9_999),
                        Arbitraries.integers().between(0, 999), Hostile.text(), Hostile.jsonValue())
                .as(FuzzCase::new);
    }

    /**
     * Every endpoint, those whose accepted request works through the whole programme (exports of every platform, the
     * PDF dossier, verification of every event, reconciliation, the metrics scrape, and an enterprise's contributions,
     * as enterprise E1 is a party of most platforms the system tests declare) less often: each takes as long as
     * dozens of other cases, and their input handling is the same code as everyone else's.
     */
    private static Arbitrary<Endpoint> endpoints() {
        List<Tuple.Tuple2<Integer, Endpoint>> weighted = ApiEndpoints.all().stream()
                .map(e -> Tuple.of(e.path().contains(".") || e.path().endsWith("/export") || e.path().endsWith("/verification")
                        || e.path().contains("/reconciliation") || e.path().equals("/api/v1/checkpoints")
                        || e.path().endsWith("/prometheus") || e.path().equals("/api/v1/me/enterprise-contributions")
                        ? 1 : 4, e))
                .toList();
        return Arbitraries.frequency(weighted);
    }

    private static int port(Endpoint endpoint) {
        return Integer.parseInt((endpoint.side() == Endpoint.Side.COMMAND ? ledger.commandSide : ledger.querySide)
                .getEnvironment().getProperty("local.server.port"));
    }

    private static void awaitReadModel(String platformId, long version) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() ->
                ledger.queries.as("admin1").get("/api/v1/platforms/" + platformId + "?minVersion=" + version).status() == 200);
    }

    private static void count(FuzzCase fuzz, Request request, Wire.Response response) {
        TRIED.incrementAndGet();
        if (response.raw()) {
            RAW.incrementAndGet();
        }
        BY_STATUS.computeIfAbsent(Integer.toString(response.status()), s -> new AtomicInteger()).incrementAndGet();
        BY_ASPECT.computeIfAbsent(fuzz.aspect().name(), s -> new AtomicInteger()).incrementAndGet();
    }
}
