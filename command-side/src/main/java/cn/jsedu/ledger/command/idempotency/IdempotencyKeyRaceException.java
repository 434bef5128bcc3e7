package cn.jsedu.ledger.command.idempotency;

/**
 * A duplicate of this request committed while it ran. Thrown to roll this one back; the submitter retries and
 * then answers with the first request's stored result.
 */
public class IdempotencyKeyRaceException extends RuntimeException {

    public IdempotencyKeyRaceException(String key) {
        super("a request with Idempotency-Key " + key + " committed concurrently", null, false, false);
    }
}
