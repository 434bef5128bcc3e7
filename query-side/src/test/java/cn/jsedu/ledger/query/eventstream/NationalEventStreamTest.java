package cn.jsedu.ledger.query.eventstream;

import cn.jsedu.ledger.query.national.NationalEventSource;
import cn.jsedu.ledger.query.national.StoreState;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.MultiSourceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The national view's stream (ADR 0009) over three provincial stores, each its own PostgreSQL server as each province
 * runs its own: every event of every store once, one position per store in the token; an old open transaction in one
 * store holds back that store's later events only; a store whose server is down delays only its own events, is shown
 * unreachable with the time of its last event, and is read on from where it was once it is back.
 */
class NationalEventStreamTest {

    private static final List<String> PROVINCES = List.of("jiangsu", "zhejiang", "anhui");

    @TempDir
    static Path dir;

    /** Started once for the class (three servers are most of its cost); each test streams from the head. */
    private static final Map<String, Store> stores = new LinkedHashMap<>();
    private static NationalEventSource national;
    private BlockingStream<TrackedEventMessage<?>> stream;
    private TrackingToken lastToken;

    /** One province's server: stopped and started again on the same data folder and port, like a real outage. */
    private static final class Store implements AutoCloseable {

        final Path data;
        final int port;
        EmbeddedPostgres server;
        final HikariDataSource pool;
        final XidOrderedEventSource source;

        Store(Path data) throws IOException {
            this.data = data;
            try (ServerSocket socket = new ServerSocket(0)) {
                this.port = socket.getLocalPort();
            }
            start();
            Flyway.configure().dataSource(server.getPostgresDatabase()).schemas("event_store").defaultSchema("event_store")
                    .locations("classpath:db/event-store").load().migrate();
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
            config.setMaximumPoolSize(3);
            // a store that is down must not hold the national stream for long at each try (NationalEventSource)
            config.setConnectionTimeout(500);
            this.pool = new HikariDataSource(config);
            this.source = new XidOrderedEventSource(pool, TestEvents.SERIALIZER, NoOpEventUpcaster.INSTANCE, 100,
                    Duration.ofMillis(25));
        }

        void start() throws IOException {
            server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
        }

        void stop() throws IOException {
            server.close();
        }

        List<String> commit(int count) {
            return TestEvents.commitInstallments(pool, count);
        }

        @Override
        public void close() throws IOException {
            source.close();
            pool.close();
            server.close();
        }
    }

    @BeforeAll
    static void startStores() throws IOException {
        Map<String, StreamableMessageSource<TrackedEventMessage<?>>> sources = new LinkedHashMap<>();
        for (String province : PROVINCES) {
            Store store = new Store(dir.resolve(province));
            stores.put(province, store);
            sources.put(province, store.source);
        }
        national = NationalEventSource.of(sources, Duration.ofMillis(500), Clock.systemUTC());
    }

    @BeforeEach
    void openStream() {
        // after every event of the earlier tests, with one head position per store
        stream = national.source().openStream(national.source().createHeadToken());
    }

    @AfterEach
    void closeStream() {
        stream.close();
    }

    @AfterAll
    static void stopStores() throws IOException {
        for (Store store : stores.values()) {
            store.close();
        }
    }

    @Test
    void everyEventOfEveryStoreOnceWithOnePositionPerStore() throws InterruptedException {
        Set<String> written = new HashSet<>();
        stores.values().forEach(store -> written.addAll(store.commit(300)));

        Instant start = Instant.now();
        List<String> read = read(written.size(), Duration.ofSeconds(60));
        Duration took = Duration.between(start, Instant.now());

        assertThat(read).hasSize(written.size()).doesNotHaveDuplicates();
        assertThat(new HashSet<>(read)).isEqualTo(written);
        assertThat(lastToken).isInstanceOf(MultiSourceTrackingToken.class);
        assertThat(((MultiSourceTrackingToken) lastToken).getTrackingTokens()).containsOnlyKeys(PROVINCES)
                .allSatisfy((province, token) -> assertThat(token).isInstanceOf(XidIndexToken.class));
        System.out.printf("NATIONAL catch-up: %d events from %d stores in %d ms (%.0f events/s)%n", read.size(),
                stores.size(), took.toMillis(), read.size() * 1000.0 / Math.max(1, took.toMillis()));
        // the stream stays where it is: nothing more, nothing twice
        assertThat(stream.hasNextAvailable(200, TimeUnit.MILLISECONDS)).isFalse();
    }

    @Test
    void anOldOpenTransactionInOneStoreHoldsBackOnlyThatStore() throws InterruptedException {
        Store jiangsu = stores.get("jiangsu");
        try (TestEvents.Writer late = new TestEvents.Writer(jiangsu.pool)) {
            late.takeXid();
            List<String> heldBack = jiangsu.commit(20);
            List<String> others = new ArrayList<>(stores.get("zhejiang").commit(20));
            others.addAll(stores.get("anhui").commit(20));

            List<String> read = read(others.size(), Duration.ofSeconds(30));
            assertThat(read).containsExactlyInAnyOrderElementsOf(others);
            assertThat(stream.hasNextAvailable(300, TimeUnit.MILLISECONDS)).as("jiangsu's later events wait").isFalse();

            String lateEvent = late.insertInstallment();
            late.commit();
            List<String> rest = read(heldBack.size() + 1, Duration.ofSeconds(30));
            assertThat(rest).containsExactlyInAnyOrderElementsOf(concat(heldBack, List.of(lateEvent)));
        }
        assertThat(stream.hasNextAvailable(200, TimeUnit.MILLISECONDS)).isFalse();
    }

    @Test
    void aStoreThatIsDownDelaysOnlyItsOwnEventsAndIsReadOnFromWhereItWas() throws Exception {
        Store anhui = stores.get("anhui");
        List<String> before = anhui.commit(10);
        assertThat(read(before.size(), Duration.ofSeconds(30))).containsExactlyInAnyOrderElementsOf(before);
        Instant anhuiLast = state("anhui").lastEventAt();
        assertThat(anhuiLast).isNotNull();

        anhui.stop();
        List<String> during = new ArrayList<>(stores.get("jiangsu").commit(30));
        during.addAll(stores.get("zhejiang").commit(30));
        assertThat(read(during.size(), Duration.ofSeconds(30))).as("the other provinces go on")
                .containsExactlyInAnyOrderElementsOf(during);
        // the outage shows once the stream next asks that store, as a processor's stream keeps doing while idle
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !stream.hasNextAvailable(100, TimeUnit.MILLISECONDS) && !state("anhui").reachable());
        StoreState down = state("anhui");
        assertThat(down.reachable()).isFalse();
        assertThat(down.downSince()).isNotNull();
        assertThat(down.lastEventAt()).as("its figures are as of its last event").isEqualTo(anhuiLast);
        assertThat(state("jiangsu").reachable()).isTrue();

        anhui.start();
        List<String> after = anhui.commit(10);
        assertThat(read(after.size(), Duration.ofSeconds(60))).containsExactlyInAnyOrderElementsOf(after);
        assertThat(state("anhui").reachable()).isTrue();
        assertThat(state("anhui").lastEventAt()).isAfter(anhuiLast);
        assertThat(stream.hasNextAvailable(200, TimeUnit.MILLISECONDS)).as("nothing twice").isFalse();
    }

    /** Reads {@code count} events (their identifiers), waiting at most {@code timeout} for them. */
    private List<String> read(int count, Duration timeout) throws InterruptedException {
        List<String> read = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        while (read.size() < count && Instant.now().isBefore(deadline)) {
            if (stream.hasNextAvailable(100, TimeUnit.MILLISECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                read.add(event.getIdentifier());
                lastToken = event.trackingToken();
            }
        }
        return read;
    }

    private StoreState state(String province) {
        return national.states().stream().filter(s -> s.province().equals(province)).findFirst().orElseThrow();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
