package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;

import java.util.List;

/**
 * An import of which at least one row breaks a rule: every failing row with the rule it broke, in the file's order.
 * Nothing of the import was recorded. Also how an import asked to record nothing (a dry run) answers, rolled back. A {@link LedgerRuleException}, so that a refusal is confirmed on state loaded
 * from the store like any other (ADR 0005).
 */
public class ImportRefusedException extends LedgerRuleException {

    private final List<RowRefusal> refusals;
    private final ImportResult judged;

    /**
     * @param judged what the rows that passed would have recorded and which were recorded already (the answer of an
     *               import asked to record nothing, whose refusals may then be empty)
     */
    public ImportRefusedException(List<RowRefusal> refusals, ImportResult judged) {
        super(ErrorCode.IMPORT_ROWS_REFUSED, null, refusals.size() + " row(s) of the file break a rule; nothing was recorded");
        this.refusals = List.copyOf(refusals);
        this.judged = judged;
    }

    public ImportResult judged() {
        return judged;
    }

    public List<RowRefusal> refusals() {
        return refusals;
    }

    /** {@code field}: the command's field to blame, as in the single command's problem detail (may be null). */
    public record RowRefusal(int row, String field, ErrorCode code, String message) {
    }
}
