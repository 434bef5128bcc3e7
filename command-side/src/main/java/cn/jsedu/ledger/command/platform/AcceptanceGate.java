package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.readiness.AcceptanceChecklist;
import cn.jsedu.ledger.kernel.readiness.ReadinessItem;

import java.time.LocalDate;
import java.util.List;

/**
 * The acceptance gate (docs/domain.md §8, ADR 0022): an acceptance request passes only when the readiness checklist
 * ({@link AcceptanceChecklist}, the same the readiness page shows) is READY as of the request's date, unless two
 * province administrators override it with a reason. One policy of its own, so that other gates on the acceptance
 * request stand beside it rather than inside it.
 */
final class AcceptanceGate {

    private AcceptanceGate() {
    }

    /** The items that fail as of {@code asOf}; empty when the checklist is READY. */
    static List<String> failing(AcceptanceChecklist.Subject subject, LocalDate asOf, ProgrammeParameters parameters) {
        return AcceptanceChecklist.failing(AcceptanceChecklist.items(subject, asOf, parameters));
    }

    /** Refuses with {@code ACCEPTANCE_NOT_READY}, naming the failing items, unless the checklist is READY. */
    static void requireReady(AcceptanceChecklist.Subject subject, LocalDate asOf, ProgrammeParameters parameters) {
        List<ReadinessItem> items = AcceptanceChecklist.items(subject, asOf, parameters);
        if (!AcceptanceChecklist.ready(items)) {
            throw new LedgerRuleException(ErrorCode.ACCEPTANCE_NOT_READY, "requestedOn",
                    "the readiness checklist is NOT_READY as of " + asOf + "; failing: "
                            + AcceptanceChecklist.failing(items)
                            + " (a province administrator may propose an override with a reason, four eyes)");
        }
    }
}
