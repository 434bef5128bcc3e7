package cn.jsedu.ledger.command.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LruCacheTest {

    @Test
    void keepsTheMostRecentlyUsedAndEvictsTheOldest() {
        LruCache cache = new LruCache(2);
        cache.put("a", 1);
        cache.put("b", 2);
        assertThat((Integer) cache.get("a")).isEqualTo(1); // a is now the most recently used
        cache.put("c", 3);

        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("b")).as("least recently used, evicted").isFalse();
        assertThat(cache.containsKey("c")).isTrue();
    }

    @Test
    void removeForgetsAnEntrySoTheNextLoadIsFresh() {
        LruCache cache = new LruCache(10);
        cache.put("a", 1);
        assertThat(cache.remove("a")).isTrue();
        assertThat((Object) cache.get("a")).isNull();
        assertThat(cache.putIfAbsent("a", 2)).isTrue();
        assertThat(cache.putIfAbsent("a", 3)).isFalse();
        assertThat((Integer) cache.get("a")).isEqualTo(2);
    }
}
