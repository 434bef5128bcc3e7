package cn.jsedu.ledger.kernel.platform;

/** A suspension as proposed. */
public record ProposedSuspension(String reason, String decisionRef) {
}
