package cn.jsedu.ledger.command.config;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CaffeineAggregateCacheTest {

    /** Evictions on the writing thread, so that the size bound holds as soon as put returns. */
    private static CaffeineAggregateCache cache(long maximumSize) {
        return new CaffeineAggregateCache(maximumSize, Runnable::run);
    }

    @Test
    void staysWithinItsSizeAndKeepsABusyPlatformThroughABurstOfOneOffLoads() {
        CaffeineAggregateCache cache = cache(100);
        Events events = new Events(cache);
        cache.put("busy", "platform");
        for (int i = 0; i < 1_000; i++) {
            cache.put("once-" + i, i);
            assertThat((String) cache.get("busy")).isEqualTo("platform");
            assertThat(cache.size()).as("after %d loads", i + 1).isLessThanOrEqualTo(100);
        }

        assertThat(cache.size()).isEqualTo(100);
        assertThat(cache.containsKey("busy")).as("used at every command, never evicted").isTrue();
        assertThat(events.named("expired")).as("every eviction reported").hasSize(1_001 - 100)
                .doesNotContain("expired busy");
    }

    @Test
    void removeForgetsAnEntrySoTheNextLoadIsFresh() {
        CaffeineAggregateCache cache = cache(10);
        cache.put("a", 1);
        assertThat(cache.remove("a")).isTrue();
        assertThat(cache.remove("a")).as("already gone").isFalse();
        assertThat((Object) cache.get("a")).isNull();
        assertThat(cache.putIfAbsent("a", 2)).isTrue();
        assertThat(cache.putIfAbsent("a", 3)).isFalse();
        assertThat((Integer) cache.get("a")).isEqualTo(2);
    }

    @Test
    void listenersHearCreationReadUpdateRemovalAndCanBeDeregistered() {
        CaffeineAggregateCache cache = cache(10);
        Events events = new Events(cache);
        cache.put("a", 1);
        cache.get("a");
        cache.get("missing");
        cache.put("a", 2);
        cache.putIfAbsent("a", 3);
        cache.putIfAbsent("b", 4);
        cache.remove("a");
        cache.remove("a");
        events.registration.cancel();
        cache.put("c", 5);

        assertThat(events.all).containsExactly("created a=1", "read a=1", "updated a=2", "created b=4", "removed a");
    }

    @Test
    void computeIfPresentUpdatesOnlyAnExistingEntryAndRemovesItOnNull() {
        CaffeineAggregateCache cache = cache(10);
        Events events = new Events(cache);
        AtomicInteger calls = new AtomicInteger();

        cache.<Integer>computeIfPresent("absent", v -> calls.incrementAndGet());
        assertThat(calls).as("not called for a missing key").hasValue(0);
        assertThat(cache.containsKey("absent")).isFalse();

        cache.put("a", 1);
        cache.<Integer>computeIfPresent("a", v -> v + 41);
        assertThat((Integer) cache.get("a")).isEqualTo(42);
        cache.<Integer>computeIfPresent("a", v -> null);
        assertThat(cache.containsKey("a")).isFalse();

        assertThat(events.all).containsExactly("created a=1", "updated a=42", "read a=42", "removed a");
    }

    @Test
    void computeIfAbsentSuppliesOnceAndRefusesNull() {
        CaffeineAggregateCache cache = cache(10);
        AtomicInteger calls = new AtomicInteger();

        assertThat((Integer) cache.computeIfAbsent("a", calls::incrementAndGet)).isEqualTo(1);
        assertThat((Integer) cache.computeIfAbsent("a", calls::incrementAndGet)).as("cached").isEqualTo(1);
        assertThat(calls).hasValue(1);

        assertThatIllegalArgumentException().isThrownBy(() -> cache.computeIfAbsent("b", () -> null));
        assertThatIllegalArgumentException().isThrownBy(() -> cache.put("b", null));
        assertThatIllegalArgumentException().isThrownBy(() -> cache.putIfAbsent("b", null));
        assertThat(cache.containsKey("b")).isFalse();
    }

    @Test
    void removeAllEmptiesTheCacheAndReportsEachEntry() {
        CaffeineAggregateCache cache = cache(10);
        cache.put("a", 1);
        cache.put("b", 2);
        Events events = new Events(cache);

        cache.removeAll();

        assertThat(cache.containsKey("a")).isFalse();
        assertThat(cache.containsKey("b")).isFalse();
        assertThat(cache.size()).isZero();
        assertThat(events.all).containsExactlyInAnyOrder("removed a", "removed b");
    }

    @Test
    void putIfAbsentIsAtomicAcrossThreads() throws Exception {
        CaffeineAggregateCache cache = new CaffeineAggregateCache(10);
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new CopyOnWriteArrayList<>();
            for (int i = 0; i < threads; i++) {
                int value = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return cache.putIfAbsent("platform", value);
                }));
            }
            start.countDown();
            int winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** What a registered listener heard, in order. */
    private static final class Events extends Cache.EntryListenerAdapter {

        final List<String> all = new CopyOnWriteArrayList<>();
        final Registration registration;

        Events(Cache cache) {
            registration = cache.registerCacheEntryListener(this);
        }

        List<String> named(String kind) {
            return all.stream().filter(e -> e.startsWith(kind + " ")).toList();
        }

        @Override
        public void onEntryCreated(Object key, Object value) {
            all.add("created " + key + "=" + value);
        }

        @Override
        public void onEntryRead(Object key, Object value) {
            all.add("read " + key + "=" + value);
        }

        @Override
        public void onEntryUpdated(Object key, Object value) {
            all.add("updated " + key + "=" + value);
        }

        @Override
        public void onEntryRemoved(Object key) {
            all.add("removed " + key);
        }

        @Override
        public void onEntryExpired(Object key) {
            all.add("expired " + key);
        }
    }
}
