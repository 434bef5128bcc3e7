package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.ChainVerdict;
import cn.jsedu.ledger.kernel.chain.Checkpoint;
import cn.jsedu.ledger.kernel.chain.CheckpointHead;
import cn.jsedu.ledger.kernel.chain.ExpectedHead;
import cn.jsedu.ledger.kernel.chain.KeyRing;
import cn.jsedu.ledger.query.verification.CheckpointStore.StoredCheckpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Signs checkpoints and finds the ones to verify against (ADR 0010).
 *
 * <p>A checkpoint is only signed after the whole store was verified against the previous one, and it never moves
 * a platform's head past a break: a platform that fails keeps the last head that was vouched for (or the end of
 * its proven prefix, if that is further). A rewritten chain can therefore never be blessed by a later checkpoint,
 * and the newest valid checkpoint is enough to detect everything older ones would.
 */
@Service
public class Checkpoints {

    private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);
    private static final int PAGE = 32;
    /** How far back the search for a still-matching older head goes when locating a rewrite. */
    private static final int LOCATE_LIMIT = 2_000;

    private final CheckpointStore store;
    private final ChainWalker walker;
    private final EventChainRows rows;
    private final CheckpointKeys keys;
    private final CheckpointFiles files;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public Checkpoints(CheckpointStore store, ChainWalker walker, EventChainRows rows, CheckpointKeys keys,
                       CheckpointFiles files, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.walker = walker;
        this.rows = rows;
        this.keys = keys;
        this.files = files;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** A new signed checkpoint and the platforms that failed verification while it was made. */
    public record Created(SignedCheckpoint signed, List<String> brokenPlatforms) {
    }

    /** The newest checkpoint whose signature verifies, and the counters of newer ones that do not. */
    public record Newest(StoredCheckpoint checkpoint, List<Long> invalidNewer) {
        public SignedCheckpoint signed() {
            return checkpoint == null ? null : checkpoint.signed();
        }
    }

    public Created create() {
        Created created = transaction.execute(status -> {
            long counter = store.lockAndNextCounter();
            SignedCheckpoint previous = newestValid().signed();
            Map<String, CheckpointHead> vouched = previous == null ? Map.of() : previous.checkpoint().byPlatform();
            List<CheckpointHead> heads = new ArrayList<>();
            List<String> broken = new ArrayList<>();
            long[] events = {0};
            walker.all(previous, verdict -> {
                events[0] += verdict.events();
                if (!verdict.valid()) {
                    broken.add(verdict.platformId());
                }
                CheckpointHead head = headToSign(verdict, vouched.get(verdict.platformId()));
                if (head != null) {
                    heads.add(head);
                }
            });
            SignedCheckpoint signed = SignedCheckpoint.sign(new Checkpoint(counter,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS), heads), keys.keyPair());
            store.insert(signed, events[0], broken);
            return new Created(signed, broken);
        });
        if (!created.brokenPlatforms().isEmpty()) {
            log.error("Checkpoint #{}: platforms {} fail verification; their last trusted heads were kept",
                    created.signed().checkpoint().counter(), created.brokenPlatforms());
        }
        log.info("Signed checkpoint #{} of {} platforms, written to {}", created.signed().checkpoint().counter(),
                created.signed().checkpoint().heads().size(), files.write(created.signed(), created.brokenPlatforms()));
        return created;
    }

    /** For the schedule: a checkpoint only when events were appended since the newest valid one. */
    public Optional<Created> createIfAppended() {
        StoredCheckpoint newest = newestValid().checkpoint();
        if (newest != null && newest.events() == rows.count()) {
            return Optional.empty();
        }
        return Optional.of(create());
    }

    /**
     * The head to sign for a platform, with the legacy boundary it was verified with: the first checkpoint after the
     * upgrade takes it from the store's record, every later one repeats the signed one (ChainWalker).
     */
    private static CheckpointHead headToSign(ChainVerdict verdict, CheckpointHead vouched) {
        CheckpointHead kept = vouched == null ? null : new CheckpointHead(vouched.platformId(), vouched.lastSequence(),
                vouched.headHash(), verdict.legacyThrough());
        if (verdict.validThrough() < 0) {
            return kept;
        }
        CheckpointHead proven = new CheckpointHead(verdict.platformId(), verdict.validThrough(),
                verdict.validThroughHash(), verdict.legacyThrough());
        return kept == null || proven.lastSequence() >= kept.lastSequence() ? proven : kept;
    }

    public Newest newestValid() {
        KeyRing ring = keys.ring();
        List<Long> invalid = new ArrayList<>();
        long before = Long.MAX_VALUE;
        while (true) {
            List<StoredCheckpoint> page = store.olderThan(before, PAGE);
            for (StoredCheckpoint checkpoint : page) {
                if (verifies(checkpoint, ring)) {
                    return new Newest(checkpoint, invalid);
                }
                invalid.add(checkpoint.counter());
            }
            if (page.size() < PAGE) {
                return new Newest(null, invalid);
            }
            before = page.get(page.size() - 1).counter();
        }
    }

    /** The checkpoint with this counter; empty if there is none, an exception if its signature does not verify. */
    public Optional<SignedCheckpoint> valid(long counter) {
        return store.byCounter(counter).map(checkpoint -> {
            if (!verifies(checkpoint, keys.ring())) {
                throw new InvalidCheckpointException(counter);
            }
            return checkpoint.signed();
        });
    }

    /**
     * Heads of this platform that older valid checkpoints vouched for, distinct by sequence number: with them a
     * rewrite found by a newer checkpoint is placed just after the newest head that still matches.
     */
    public List<ExpectedHead> olderHeads(String platformId, long beforeCounter) {
        KeyRing ring = keys.ring();
        List<ExpectedHead> heads = new ArrayList<>();
        Set<Long> sequences = new HashSet<>();
        long before = beforeCounter;
        for (int scanned = 0; scanned < LOCATE_LIMIT; ) {
            List<StoredCheckpoint> page = store.olderThan(before, PAGE);
            for (StoredCheckpoint checkpoint : page) {
                CheckpointHead head = verifies(checkpoint, ring)
                        ? checkpoint.signed().checkpoint().byPlatform().get(platformId) : null;
                if (head != null && sequences.add(head.lastSequence())) {
                    heads.add(head.expectedBy(checkpoint.counter()));
                }
            }
            scanned += page.size();
            if (page.size() < PAGE) {
                break;
            }
            before = page.get(page.size() - 1).counter();
        }
        return heads;
    }

    public String publicKeyPem() {
        return keys.publicKeyPem();
    }

    /**
     * Signed by a key of the ring (the current checkpoint key or a retired one), and stored under the counter it
     * was signed with (a copied row is not).
     */
    private static boolean verifies(StoredCheckpoint checkpoint, KeyRing ring) {
        return checkpoint.signed() != null && checkpoint.signed().checkpoint().counter() == checkpoint.counter()
                && checkpoint.signed().checkIn(ring) == KeyRing.Check.VALID;
    }

    /** A stored checkpoint whose signature does not verify with any key of the ledger's checkpoint key ring. */
    public static class InvalidCheckpointException extends RuntimeException {
        public InvalidCheckpointException(long counter) {
            super("checkpoint #" + counter + " does not verify with the ledger's checkpoint keys (current or retired)");
        }
    }
}
