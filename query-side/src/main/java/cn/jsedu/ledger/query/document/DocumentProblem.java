package cn.jsedu.ledger.query.document;

/**
 * A document that fails verification (ADR 0021): ALTERED when its stored bytes no longer hash to its key; MISSING when
 * an event of the platform cites a hash that names no document uploaded to it.
 */
public record DocumentProblem(String sha256, Kind problem, String detail) {

    public enum Kind { ALTERED, MISSING }
}
