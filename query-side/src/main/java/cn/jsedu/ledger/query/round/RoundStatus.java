package cn.jsedu.ledger.query.round;

/** Where an evaluation round stands, as its events set it (ADR 0026). */
public enum RoundStatus {
    /** Opened: the panel scores; no proposal to publish is pending. */
    OPEN,
    /** A proposal to publish its results waits for a second administrator. */
    PROPOSED,
    /** Its results are published (final). */
    PUBLISHED
}
