package cn.jsedu.ledger.query.document;

import cn.jsedu.ledger.kernel.document.DocumentCitingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The documents an event cites, read from its payload as stored (the {@code documents} field every citing event has),
 * without knowing the event's type: what the history shows and what the verifiers check against the stored files.
 * A payload that is not JSON, or a value that is no hash, cites nothing here: the hash chain reports such a payload.
 */
public final class CitedDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private CitedDocuments() {
    }

    public static List<String> in(byte[] payload) {
        try {
            return payload == null ? List.of() : in(JSON.readTree(payload));
        } catch (IOException e) {
            return List.of();
        }
    }

    public static List<String> in(JsonNode payload) {
        JsonNode documents = payload == null ? null : payload.get(DocumentCitingEvent.FIELD);
        if (documents == null || !documents.isArray()) {
            return List.of();
        }
        List<String> hashes = new ArrayList<>();
        documents.forEach(d -> {
            if (d.isTextual() && HASH.matcher(d.asText()).matches()) {
                hashes.add(d.asText());
            }
        });
        return hashes;
    }
}
