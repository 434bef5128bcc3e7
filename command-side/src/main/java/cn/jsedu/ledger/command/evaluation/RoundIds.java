package cn.jsedu.ledger.command.evaluation;

import cn.jsedu.ledger.command.platform.LedgerRuleException;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.evaluation.RoundKind;
import cn.jsedu.ledger.kernel.id.Identifiers;

/**
 * Evaluation round ids (ADR 0026): {@code EVAL-…}, a prefix no platform or programme id may take, because the three
 * share the event store's aggregate identifiers. The default id names the programme, year, kind and scope, so a
 * second round of the same kind, year and scope is refused as a taken id unless its opener names another one.
 */
public final class RoundIds {

    public static final String PREFIX = "EVAL-";

    private RoundIds() {
    }

    /** Whether {@code id} has the round ids' prefix (ids are case-sensitive, in the event store as here). */
    public static boolean isRoundId(String id) {
        return id != null && id.startsWith(PREFIX);
    }

    /**
     * Refuses a platform or programme id with the round ids' prefix where it is created (400 naming {@code field}):
     * the three kinds share the event store's aggregate identifiers, and a round's id must never be taken.
     */
    public static void requireNoRoundPrefix(String id, String field) {
        if (isRoundId(id)) {
            throw new LedgerRuleException(ErrorCode.VALIDATION_FAILED, field,
                    "ids starting " + PREFIX + " are evaluation rounds'; choose another " + field);
        }
    }

    /** A well-formed round id: the identifiers' shape, with the prefix. */
    public static boolean isWellFormed(String id) {
        return Identifiers.isWellFormed(id) && id.startsWith(PREFIX);
    }

    /** {@code EVAL-<programme>-<year>-<ANNUAL|MIDTERM>-<ALL|B<batch>>}. */
    public static String defaultId(String programmeId, int year, RoundKind kind, Integer batch) {
        return PREFIX + programmeId + "-" + year + "-" + kind.name() + "-" + (batch == null ? "ALL" : "B" + batch);
    }
}
