package cn.jsedu.ledger.command.idempotency;

/** The same Idempotency-Key came with a different request: refused, nothing appended. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key " + key + " was already used for a different request", null, false, false);
    }
}
