package cn.jsedu.ledger.command.config;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The aggregate cache: Axon's {@link Cache} on a size-bounded Caffeine cache with strong references. Axon's
 * WeakReferenceCache lets every garbage collection drop the platforms, so a busy instance reloaded them from
 * snapshots and events all the time (measured in the benchmarks, ADR 0008); this one keeps up to
 * {@code maximumSize} platforms whatever the collector does, and when full evicts by Caffeine's W-TinyLFU policy
 * (recency and frequency: a platform that is used often outlives a burst of platforms touched once).
 * Staleness across instances is handled elsewhere: appends fail on the unique (aggregate, sequence) index and
 * refusals are confirmed on fresh state (ADR 0005).
 *
 * <p>Listeners hear of every change as Axon's own caches report it: created, updated, read, removed (by
 * {@link #remove}, {@link #removeAll} or a {@link #computeIfPresent} that yields {@code null}), and expired when
 * the cache dropped an entry by itself to stay within its size, as Axon's EhCache adapter reports an eviction.
 */
public final class CaffeineAggregateCache implements Cache {

    private final ConcurrentMap<Object, Object> entries;
    private final Set<EntryListener> listeners = new CopyOnWriteArraySet<>();

    public CaffeineAggregateCache(long maximumSize) {
        this(maximumSize, ForkJoinPool.commonPool());
    }

    /** {@code maintenance} runs Caffeine's evictions; {@code Runnable::run} makes them happen on the writing thread. */
    CaffeineAggregateCache(long maximumSize, Executor maintenance) {
        this.entries = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .executor(maintenance)
                // called synchronously, under the entry's lock, for removals the cache decides on itself only
                .evictionListener((Object key, Object value, RemovalCause cause) ->
                        listeners.forEach(l -> l.onEntryExpired(key)))
                .build()
                .asMap();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value = entries.get(key);
        if (value != null) {
            listeners.forEach(l -> l.onEntryRead(key, value));
        }
        return (V) value;
    }

    @Override
    public void put(Object key, Object value) {
        Object previous = entries.put(key, nonNull(key, value));
        listeners.forEach(l -> {
            if (previous == null) {
                l.onEntryCreated(key, value);
            } else {
                l.onEntryUpdated(key, value);
            }
        });
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        boolean created = entries.putIfAbsent(key, nonNull(key, value)) == null;
        if (created) {
            listeners.forEach(l -> l.onEntryCreated(key, value));
        }
        return created;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        boolean[] created = {false};
        Object value = entries.computeIfAbsent(key, k -> {
            created[0] = true;
            return nonNull(key, valueSupplier.get());
        });
        if (created[0]) {
            listeners.forEach(l -> l.onEntryCreated(key, value));
        }
        return (T) value;
    }

    @Override
    public boolean remove(Object key) {
        boolean removed = entries.remove(key) != null;
        if (removed) {
            listeners.forEach(l -> l.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public void removeAll() {
        List.copyOf(entries.keySet()).forEach(this::remove);
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        boolean[] present = {false};
        Object value = entries.computeIfPresent(key, (k, current) -> {
            present[0] = true;
            return update.apply((V) current);
        });
        if (present[0]) {
            listeners.forEach(l -> {
                if (value == null) {
                    l.onEntryRemoved(key);
                } else {
                    l.onEntryUpdated(key, value);
                }
            });
        }
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Number of entries now, evictions still pending included (Caffeine evicts shortly after a write). */
    long size() {
        return entries.size();
    }

    private static Object nonNull(Object key, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("The aggregate cache holds no null value (key " + key + ")");
        }
        return value;
    }
}
