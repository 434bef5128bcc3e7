package cn.jsedu.ledger.kernel.chain;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a checkpoint signs: its counter, when it was made and the chain head of every platform, sorted by platform
 * id. {@link #canonicalBytes()} is the exact byte string that is signed; anyone holding the fields can rebuild it.
 */
public record Checkpoint(long counter, Instant createdAt, List<CheckpointHead> heads) {

    private static final String DOMAIN = "ledger-checkpoint/v1";

    public Checkpoint {
        heads = heads.stream().sorted(Comparator.comparing(CheckpointHead::platformId)).toList();
        Set<String> seen = new HashSet<>();
        for (CheckpointHead head : heads) {
            if (!seen.add(head.platformId())) {
                throw new IllegalArgumentException("platform " + head.platformId() + " appears twice");
            }
            if (head.headHash() == null || head.headHash().length != EventHash.LENGTH) {
                throw new IllegalArgumentException("platform " + head.platformId() + " has no 32-byte head hash");
            }
        }
    }

    public byte[] canonicalBytes() {
        Canonical.Buffer buffer = new Canonical.Buffer();
        Canonical out = buffer.writer().text(DOMAIN).int64(counter).text(createdAt.toString()).int32(heads.size());
        for (CheckpointHead head : heads) {
            out.text(head.platformId()).int64(head.lastSequence()).bytes(head.headHash());
        }
        return buffer.toByteArray();
    }

    public static Checkpoint fromCanonicalBytes(byte[] bytes) {
        Canonical.Reader in = new Canonical.Reader(bytes);
        if (!DOMAIN.equals(in.text())) {
            throw new IllegalArgumentException("not a " + DOMAIN + " checkpoint");
        }
        long counter = in.int64();
        Instant createdAt = Instant.parse(in.text());
        int count = in.int32();
        List<CheckpointHead> heads = new java.util.ArrayList<>(Math.max(0, Math.min(count, 1 << 16)));
        for (int i = 0; i < count; i++) {
            heads.add(new CheckpointHead(in.text(), in.int64(), in.bytes()));
        }
        in.end();
        return new Checkpoint(counter, createdAt, heads);
    }

    public Map<String, CheckpointHead> byPlatform() {
        Map<String, CheckpointHead> map = new LinkedHashMap<>();
        heads.forEach(head -> map.put(head.platformId(), head));
        return map;
    }
}
