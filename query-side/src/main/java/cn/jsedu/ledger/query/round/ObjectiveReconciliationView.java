package cn.jsedu.ledger.query.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The objective scores of a proposal (or of the published results) recomputed by the query side as of the round's
 * reference date, as known at the proposal's {@code knownAt}: {@code matches} iff every objective item of every
 * platform is the same. A mismatch's {@code recomputed} is null when the platform was not approved as known then.
 */
public record ObjectiveReconciliationView(String proposalId, LocalDate referenceDate, Instant knownAt, boolean matches,
                                          List<Mismatch> mismatches) {

    public ObjectiveReconciliationView {
        mismatches = List.copyOf(mismatches);
    }

    public record Mismatch(String platformId, String itemCode, Integer proposed, Integer recomputed) {
    }
}
