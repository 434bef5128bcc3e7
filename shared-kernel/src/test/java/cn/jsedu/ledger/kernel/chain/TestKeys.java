package cn.jsedu.ledger.kernel.chain;

import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Signing keys of tests: sign as the command side does, and a key ring of chosen public keys (JDK Ed25519). */
final class TestKeys implements KeyRing {

    static final KeyPair CURRENT = Ed25519Keys.generate();
    static final TestKeys RING = new TestKeys(CURRENT);

    private final Map<String, PublicKey> keys = new TreeMap<>();

    TestKeys(KeyPair... pairs) {
        Arrays.stream(pairs).forEach(pair -> keys.put(Ed25519Keys.keyId(pair.getPublic()), pair.getPublic()));
    }

    /** The last event of a transaction, signed for the range from {@code firstSequence} to it. */
    static StoredEventRow signed(StoredEventRow last, long firstSequence, KeyPair key) {
        String keyId = Ed25519Keys.keyId(key.getPublic());
        byte[] statement = AppendSignature.statement(keyId, last.aggregateIdentifier(), firstSequence,
                last.sequenceNumber(), last.eventHash());
        return last.signedWith(new AppendSignature(keyId, firstSequence, Ed25519Keys.sign(key.getPrivate(), statement)));
    }

    @Override
    public Check verify(String keyId, byte[] message, byte[] signature) {
        PublicKey key = keys.get(keyId);
        return key == null ? Check.UNKNOWN_KEY : Ed25519Keys.verify(key, message, signature) ? Check.VALID : Check.INVALID;
    }

    @Override
    public Set<String> keyIds() {
        return keys.keySet();
    }
}
