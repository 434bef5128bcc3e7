package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;

import java.util.function.Predicate;

/**
 * Refuses a command the platform's status does not accept. Which state accepts what is decided by the predicates of
 * {@link PlatformStatus} (docs/adr/0007); this class only picks the error that tells the user why.
 */
final class StatusGate {

    private StatusGate() {
    }

    /**
     * For what an open platform accepts (money entries, corrections, reports, plan revisions, agreements): a
     * declaration is not approved yet, a suspended platform takes no money, anything else has closed its books.
     */
    static void requireOpen(PlatformStatus status, Predicate<PlatformStatus> accepts) {
        if (accepts.test(status)) {
            return;
        }
        throw switch (status) {
            case DECLARED -> new LedgerRuleException(ErrorCode.PLATFORM_NOT_APPROVED, "the platform is not approved yet");
            case SUSPENDED -> new LedgerRuleException(ErrorCode.PLATFORM_SUSPENDED,
                    "the platform is suspended: no installment or expenditure is accepted until it is resumed");
            default -> closed(status);
        };
    }

    /** For a move between states: a final platform is closed, any other is in the wrong state for it. */
    static void requireTransition(PlatformStatus status, Predicate<PlatformStatus> accepts, String message) {
        if (!accepts.test(status)) {
            throw status.isFinal() ? closed(status) : invalidState(message + "; it is " + status);
        }
    }

    /** Recoveries settle money that arrived, so they need a platform that was approved at some point. */
    static void requireRecoverable(PlatformStatus status) {
        if (!status.acceptsRecoveries()) {
            throw new LedgerRuleException(ErrorCode.PLATFORM_NOT_APPROVED, "the platform was never approved");
        }
    }

    static LedgerRuleException invalidState(String message) {
        return new LedgerRuleException(ErrorCode.INVALID_STATE, message);
    }

    private static LedgerRuleException closed(PlatformStatus status) {
        return new LedgerRuleException(ErrorCode.PLATFORM_CLOSED, "the platform is " + status + ": it accepts no more changes");
    }
}
