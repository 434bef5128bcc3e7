package cn.jsedu.ledger.command.web;

import cn.jsedu.ledger.kernel.error.ErrorCode;

/** A refusal decided in the web layer (bad path id, bad header, exhausted retries). */
public class CommandRefusedException extends RuntimeException {

    private final ErrorCode code;
    private final String field;

    public CommandRefusedException(ErrorCode code, String field, String message) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
    }

    public ErrorCode code() {
        return code;
    }

    public String field() {
        return field;
    }
}
