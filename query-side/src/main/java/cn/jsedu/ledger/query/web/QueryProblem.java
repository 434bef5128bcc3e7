package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.kernel.error.ErrorCode;

/** A query refused with a stable code: unknown platform, read model behind, bad parameter. */
public class QueryProblem extends RuntimeException {

    private final ErrorCode code;
    private final String field;

    public QueryProblem(ErrorCode code, String field, String message) {
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
