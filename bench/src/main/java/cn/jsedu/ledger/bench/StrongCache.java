package cn.jsedu.ledger.bench;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.config.BeanPostProcessor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Tuning experiment (bench only, kept to compare with the product's own cache): a synchronised
 * LRU of strong references, swapped in for the product's {@code platformCache} by a BeanPostProcessor
 * registered as an extra source of the command side's context. It was the experiment behind ADR 0008's
 * proposal 1 (the product now has its own bounded LRU, {@code LruCache}).
 */
final class StrongCache implements Cache {

    private final Map<Object, Object> entries;

    StrongCache(int capacity) {
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> V get(K key) {
        return (V) entries.get(key);
    }

    @Override
    public synchronized void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public synchronized boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    public synchronized boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public synchronized void removeAll() {
        entries.clear();
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.computeIfPresent(key, (k, v) -> update.apply((V) v));
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        return () -> true;
    }

    /** Registered as a source of the command side's context: replaces the {@code platformCache} bean. */
    public static class Swap implements BeanPostProcessor {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            return "platformCache".equals(beanName) ? new StrongCache(10_000) : bean;
        }
    }
}
