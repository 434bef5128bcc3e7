package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.kernel.platform.ProposedExtension;
import cn.jsedu.ledger.kernel.programme.DateWindow;

import java.time.LocalDate;

/**
 * What an extension (延期) must satisfy, when proposed and again when approved (docs/domain.md §8, ADR 0022): a
 * platform still being built, a reason, and a new end later than the end in force and inside the programme's window.
 */
final class ExtensionPolicy {

    private ExtensionPolicy() {
    }

    static void check(ProposedExtension extension, PlatformStatus status, LocalDate currentEnd, DateWindow programme) {
        StatusGate.requireTransition(status, PlatformStatus::acceptsExtension,
                "only a platform under construction (approved or suspended, not waiting for its review) can be extended");
        if (extension.reason() == null || extension.reason().isBlank()) {
            throw new LedgerRuleException(ErrorCode.REASON_REQUIRED, "reason", "an extension gives its reason");
        }
        if (!extension.newEnd().isAfter(currentEnd)) {
            throw new LedgerRuleException(ErrorCode.EXTENSION_NOT_LATER, "newEnd",
                    "the new construction end must be later than the end in force, " + currentEnd);
        }
        if (!programme.contains(extension.newEnd())) {
            throw new LedgerRuleException(ErrorCode.DATE_OUTSIDE_WINDOW, "newEnd",
                    "newEnd must lie in the window of " + programme.what() + ", " + programme.range());
        }
    }
}
