package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;

/**
 * A command was refused because it would break a rule of the ledger. Carries a stable {@link ErrorCode} and,
 * where one field is to blame, its name as the client sent it, so the problem detail can point at it.
 */
public class LedgerRuleException extends RuntimeException {

    private final ErrorCode code;
    private final String field;

    public LedgerRuleException(ErrorCode code, String field, String message) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
    }

    public LedgerRuleException(ErrorCode code, String message) {
        this(code, null, message);
    }

    public ErrorCode code() {
        return code;
    }

    public String field() {
        return field;
    }
}
