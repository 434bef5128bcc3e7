package cn.jsedu.ledger.command.signing;

import cn.jsedu.ledger.kernel.chain.AppendSignature;

/**
 * Signs what one transaction appended to one platform (ADR 0010): the events from {@code firstSequence} to
 * {@code lastSequence}, through the hash of the last of them. Called by the append path for every platform a
 * transaction advanced, before the rows are inserted; thread-safe.
 */
public interface AppendSigner {

    AppendSignature sign(String platformId, long firstSequence, long lastSequence, byte[] lastEventHash);
}
