package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.AppendSignature;
import cn.jsedu.ledger.kernel.chain.EventHash;
import cn.jsedu.ledger.kernel.chain.StoredEventRow;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Base64;

/**
 * One line of an exported platform history (JSON lines): every hashed field exactly as stored, the bytes in base64,
 * the hashes in hex, the command side's signature where the row carries one ({@code signedFrom},
 * {@code signatureKeyId}, {@code signature} in base64) and the row's global index (not hashed). Enough to recompute
 * the chain and check the signatures without a database.
 */
public final class HistoryLines {

    public static final String MEDIA_TYPE = "application/x-ndjson";

    private HistoryLines() {
    }

    public static String line(long globalIndex, StoredEventRow row) {
        ObjectNode json = CheckpointJson.JSON.createObjectNode()
                .put("platformId", row.aggregateIdentifier())
                .put("sequenceNumber", row.sequenceNumber())
                .put("eventIdentifier", row.eventIdentifier())
                .put("type", row.type())
                .put("timestamp", row.timestamp())
                .put("payloadType", row.payloadType())
                .put("payloadRevision", row.payloadRevision())
                .put("payload", base64(row.payload()))
                .put("metaData", base64(row.metaData()))
                .put("previousHash", EventHash.hex(row.previousHash()))
                .put("eventHash", EventHash.hex(row.eventHash()))
                .put("globalIndex", globalIndex);
        if (row.signature() != null) {
            json.put("signedFrom", row.signature().signedFrom()).put("signatureKeyId", row.signature().keyId())
                    .put("signature", base64(row.signature().signature()));
        }
        try {
            return CheckpointJson.JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static StoredEventRow row(String line) {
        JsonNode json;
        try {
            json = CheckpointJson.JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON line: " + e.getOriginalMessage());
        }
        if (!json.path("sequenceNumber").canConvertToLong() || text(json, "platformId") == null) {
            throw new IllegalArgumentException("not an exported event: platformId and sequenceNumber are required");
        }
        return new StoredEventRow(text(json, "platformId"), json.get("sequenceNumber").asLong(),
                text(json, "eventIdentifier"), text(json, "type"), text(json, "timestamp"), text(json, "payloadType"),
                text(json, "payloadRevision"), bytes(json, "payload"), bytes(json, "metaData"),
                EventHash.fromHex(text(json, "previousHash")), EventHash.fromHex(text(json, "eventHash")),
                signature(json));
    }

    private static AppendSignature signature(JsonNode json) {
        byte[] signature = bytes(json, "signature");
        if (signature == null) {
            return null;
        }
        if (text(json, "signatureKeyId") == null || !json.path("signedFrom").canConvertToLong()) {
            throw new IllegalArgumentException("a signature needs its signatureKeyId and signedFrom");
        }
        return new AppendSignature(text(json, "signatureKeyId"), json.get("signedFrom").asLong(), signature);
    }

    private static String base64(byte[] bytes) {
        return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] bytes(JsonNode json, String field) {
        String text = text(json, field);
        return text == null ? null : Base64.getDecoder().decode(text);
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
