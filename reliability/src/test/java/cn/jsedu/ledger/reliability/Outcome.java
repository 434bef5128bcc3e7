package cn.jsedu.ledger.reliability;

/**
 * What became of one command: ACKED (the ledger answered 2xx), REJECTED (a definite 4xx) or UNKNOWN (no answer
 * could be had before the deadline). {@code amountFen} and {@code kind} feed the reference model.
 */
record Outcome(String key, String platformId, String kind, long amountFen, Status status, int httpStatus, String code,
               long version, int attempts) {

    enum Status { ACKED, REJECTED, UNKNOWN }

    boolean acked() {
        return status == Status.ACKED;
    }
}
