package cn.jsedu.ledger.kernel.error;

/**
 * How a refusal maps onto HTTP: malformed input, unknown resource, conflict, broken rule, too many attempts, not yet
 * available.
 */
public enum ErrorKind {
    MALFORMED(400), UNAUTHENTICATED(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), RULE(422), THROTTLED(429),
    UNAVAILABLE(503);

    private final int httpStatus;

    ErrorKind(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
