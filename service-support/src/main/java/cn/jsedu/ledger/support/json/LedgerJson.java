package cn.jsedu.ledger.support.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON shape of stored events and snapshots. Fields only, never getters: {@code Money.isZero()} must not
 * become a stored property. Unknown properties fail loudly: a ledger must not silently drop a field it does not
 * understand (schema changes go through upcasters). Both sides read and write exactly this shape
 * ({@link LedgerJsonAutoConfiguration}); so do tools that write events the way the product does (the benchmark).
 */
public final class LedgerJson {

    private LedgerJson() {
    }

    public static ObjectMapper eventMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .build();
    }
}
