package cn.jsedu.ledger.query.programme;

import cn.jsedu.ledger.support.json.LedgerJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;

/**
 * Parameter sets and rule changes in the read model, as JSON in the shape the events store them (the event mapper of
 * both services): what a projection writes is read back as the same kernel value. Public for the national view's
 * copy of every province's programmes (ADR 0009).
 */
public final class ParameterJson {

    private static final ObjectMapper JSON = LedgerJson.eventMapper();

    private ParameterJson() {
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a parameter set in the read model is not as the events store it", e);
        }
    }
}
