package cn.jsedu.ledger.query.reconciliation;

import java.time.Instant;
import java.util.Locale;

/**
 * One figure on which a read model and the events it was built from disagree, at a point where they must agree
 * (never because the read model is still catching up: see {@link ComparisonPoint}).
 *
 * @param platformId the platform; absent for a programme total
 * @param kind       what kind of figure (bounded, the metrics' tag)
 * @param figure     which figure, e.g. {@code balances.COLLEGE.receivedCash}, {@code ledgerLine[4 I-3].amount},
 *                   {@code programme[APPROVED].received}
 * @param readModel  what the read model holds (money as the API writes it), {@code absent} for a missing row
 * @param fromEvents what the platform's events give, {@code absent} when the events have no such thing
 * @param checkedAt  when the platform (or the programme) was checked
 */
public record Disagreement(String platformId, Kind kind, String figure, String readModel, String fromEvents,
                           Instant checkedAt) {

    /** Written where one side has no row, line or platform at all. */
    public static final String ABSENT = "absent";

    /** What was compared. */
    public enum Kind {
        /** The platform's version (last event applied) against the events the processor has passed. */
        VERSION,
        /** Status and key support. */
        STATUS,
        /** The platform row's running totals, which the programme views and metrics add up. */
        PLATFORM_TOTAL,
        /** Balances by funding source and by enterprise party, as the balances API serves them. */
        BALANCE,
        /** The funding plan in force. */
        PLAN,
        /** Performance decisions and what they did to the planned provincial funds. */
        DECISIONS,
        /** One money event's ledger line: missing, extra, or a field that differs. */
        LEDGER_LINE,
        /** A programme total by platform status. */
        PROGRAMME_TOTAL,
        /**
         * A published evaluation round's objective score (centipoints) that the ledger, recomputed as known at the
         * proposal's knownAt, does not give (ADR 0026).
         */
        EVALUATION_ROUND;

        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
