package cn.jsedu.ledger.kernel.chain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a checkpoint signs: its counter, when it was made and the chain head of every platform, sorted by platform
 * id. {@link #canonicalBytes()} is the exact byte string that is signed; anyone holding the fields can rebuild it.
 *
 * <p>Format 2 (every checkpoint made since event signing) also signs, per platform, the last sequence number
 * appended before event signing began ({@link CheckpointHead#legacyThrough()}): the first checkpoint after the
 * upgrade fixes it, every later one repeats it (ADR 0010). Format 1 checkpoints, made before, still decode and
 * verify; their heads carry no such number.
 */
public record Checkpoint(int format, long counter, Instant createdAt, List<CheckpointHead> heads) {

    public static final int CURRENT_FORMAT = 2;

    private static final String DOMAIN_V1 = "ledger-checkpoint/v1";
    private static final String DOMAIN_V2 = "ledger-checkpoint/v2";

    public Checkpoint {
        if (format != 1 && format != 2) {
            throw new IllegalArgumentException("no checkpoint format " + format);
        }
        heads = heads.stream().sorted(Comparator.comparing(CheckpointHead::platformId)).toList();
        Set<String> seen = new HashSet<>();
        for (CheckpointHead head : heads) {
            if (!seen.add(head.platformId())) {
                throw new IllegalArgumentException("platform " + head.platformId() + " appears twice");
            }
            if (head.headHash() == null || head.headHash().length != EventHash.LENGTH) {
                throw new IllegalArgumentException("platform " + head.platformId() + " has no 32-byte head hash");
            }
            if ((head.legacyThrough() == null) != (format == 1)) {
                throw new IllegalArgumentException("platform " + head.platformId() + ": a format " + format
                        + " checkpoint " + (format == 1 ? "has no" : "needs a") + " legacy boundary");
            }
        }
    }

    /** A checkpoint of the current format. */
    public Checkpoint(long counter, Instant createdAt, List<CheckpointHead> heads) {
        this(CURRENT_FORMAT, counter, createdAt, heads);
    }

    public byte[] canonicalBytes() {
        Canonical.Buffer buffer = new Canonical.Buffer();
        Canonical out = buffer.writer().text(format == 1 ? DOMAIN_V1 : DOMAIN_V2).int64(counter)
                .text(createdAt.toString()).int32(heads.size());
        for (CheckpointHead head : heads) {
            out.text(head.platformId()).int64(head.lastSequence()).bytes(head.headHash());
            if (format == 2) {
                out.int64(head.legacyThrough());
            }
        }
        return buffer.toByteArray();
    }

    public static Checkpoint fromCanonicalBytes(byte[] bytes) {
        Canonical.Reader in = new Canonical.Reader(bytes);
        String domain = in.text();
        int format = DOMAIN_V1.equals(domain) ? 1 : DOMAIN_V2.equals(domain) ? 2 : 0;
        if (format == 0) {
            throw new IllegalArgumentException("not a ledger checkpoint");
        }
        long counter = in.int64();
        Instant createdAt = Instant.parse(in.text());
        int count = in.int32();
        List<CheckpointHead> heads = new ArrayList<>(Math.max(0, Math.min(count, 1 << 16)));
        for (int i = 0; i < count; i++) {
            String platformId = in.text();
            long lastSequence = in.int64();
            byte[] hash = in.bytes();
            heads.add(new CheckpointHead(platformId, lastSequence, hash, format == 2 ? in.int64() : null));
        }
        in.end();
        return new Checkpoint(format, counter, createdAt, heads);
    }

    public Map<String, CheckpointHead> byPlatform() {
        Map<String, CheckpointHead> map = new LinkedHashMap<>();
        heads.forEach(head -> map.put(head.platformId(), head));
        return map;
    }
}
