package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.kernel.error.ErrorCode;

/** Page numbers start at 0; a page holds 1 to 500 rows. */
final class Paging {

    static final int MAX_SIZE = 500;

    private Paging() {
    }

    static void check(int page, int size) {
        if (page < 0) {
            throw new QueryProblem(ErrorCode.VALIDATION_FAILED, "page", "page must be ≥ 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new QueryProblem(ErrorCode.VALIDATION_FAILED, "size", "size must be between 1 and " + MAX_SIZE);
        }
    }
}
