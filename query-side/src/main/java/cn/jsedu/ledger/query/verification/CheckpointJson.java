package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.Checkpoint;
import cn.jsedu.ledger.kernel.chain.CheckpointHead;
import cn.jsedu.ledger.kernel.chain.EventHash;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A signed checkpoint as a JSON document: the endpoint's answer, the file auditors take away and the offline
 * verifier's input. The signature covers the canonical bytes of counter, createdAt and heads (from format v2 on with
 * each platform's {@code legacyThrough}: its last event from before event signing, -1 for none), rebuilt from these
 * fields; {@code brokenPlatforms} is a note for people and is not signed. Format v1 documents (made before event
 * signing) are still read.
 */
public final class CheckpointJson {

    public static final String FORMAT = "ledger-checkpoint/v2";
    private static final String FORMAT_V1 = "ledger-checkpoint/v1";

    static final ObjectMapper JSON = new ObjectMapper();

    private CheckpointJson() {
    }

    public static ObjectNode toJson(SignedCheckpoint signed, List<String> brokenPlatforms) {
        Checkpoint checkpoint = signed.checkpoint();
        ObjectNode json = JSON.createObjectNode().put("format", checkpoint.format() == 1 ? FORMAT_V1 : FORMAT)
                .put("counter", checkpoint.counter())
                .put("createdAt", checkpoint.createdAt().toString()).put("algorithm", "Ed25519")
                .put("keyId", signed.keyId());
        ArrayNode heads = json.putArray("heads");
        for (CheckpointHead head : checkpoint.heads()) {
            ObjectNode entry = heads.addObject().put("platformId", head.platformId())
                    .put("lastSequence", head.lastSequence()).put("headHash", EventHash.hex(head.headHash()));
            if (head.legacyThrough() != null) {
                entry.put("legacyThrough", head.legacyThrough());
            }
        }
        json.put("signature", Base64.getEncoder().encodeToString(signed.signature()));
        if (brokenPlatforms != null && !brokenPlatforms.isEmpty()) {
            brokenPlatforms.forEach(json.putArray("brokenPlatforms")::add);
        }
        return json;
    }

    public static SignedCheckpoint fromJson(JsonNode json) {
        String format = json.path("format").asText();
        if (!FORMAT.equals(format) && !FORMAT_V1.equals(format)) {
            throw new IllegalArgumentException("not a " + FORMAT + " (or v1) document");
        }
        boolean v1 = FORMAT_V1.equals(format);
        List<CheckpointHead> heads = new ArrayList<>();
        for (JsonNode head : json.path("heads")) {
            if (!v1 && !head.path("legacyThrough").canConvertToLong()) {
                throw new IllegalArgumentException("checkpoint field legacyThrough is missing");
            }
            heads.add(new CheckpointHead(text(head, "platformId"), head.path("lastSequence").asLong(),
                    EventHash.fromHex(text(head, "headHash")), v1 ? null : head.get("legacyThrough").asLong()));
        }
        Checkpoint checkpoint = new Checkpoint(v1 ? 1 : 2, json.path("counter").asLong(),
                Instant.parse(text(json, "createdAt")), heads);
        return new SignedCheckpoint(checkpoint, text(json, "keyId"),
                Base64.getDecoder().decode(text(json, "signature")));
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("checkpoint field " + field + " is missing");
        }
        return value.asText();
    }
}
