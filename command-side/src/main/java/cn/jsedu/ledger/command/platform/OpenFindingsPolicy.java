package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;

import java.util.List;

/**
 * An open finding blocks the acceptance request (docs/domain.md §8): every finding must have been closed by the
 * education department, an answered one included (its rectification is not yet accepted).
 */
final class OpenFindingsPolicy {

    private OpenFindingsPolicy() {
    }

    static void requireNoneOpen(Findings findings) {
        List<String> open = findings.unresolved();
        if (!open.isEmpty()) {
            throw new LedgerRuleException(ErrorCode.FINDINGS_UNRESOLVED, "findings",
                    "acceptance can be requested once every audit finding is closed; not closed: "
                            + String.join(", ", open));
        }
    }
}
