package cn.jsedu.ledger.kernel.chain;

/**
 * The first broken event of a platform's chain: its sequence number, its event id (null when the event is missing),
 * what is wrong and a sentence saying so with the evidence.
 */
public record ChainBreak(long sequenceNumber, String eventId, ChainProblem problem, String detail) {
}
