package cn.jsedu.ledger.system.fuzz;

/**
 * One generated case, as data jqwik can shrink: the endpoint, what is made hostile ({@link Aspect}) and the choices
 * that say how. {@link Requests} turns it into a request against the current {@link Stage}.
 *
 * @param pick    choices of the valid example (which permitted role, which optional parameters)
 * @param where   which field, parameter or header is changed
 * @param variant which kind of change
 * @param text    hostile text for the change
 * @param token   a hostile JSON value for the change
 */
record FuzzCase(Endpoint endpoint, Aspect aspect, int pick, int where, int variant, String text, String token) {

    /** What a case makes hostile; everything else is the endpoint's valid example. */
    enum Aspect {
        /** Nothing: the valid example itself (it may be accepted, and then its event must exist). */
        VALID,
        /** One field of the valid body: replaced by a value of another type or an extreme, removed, or spliced. */
        FIELD,
        /** The body as a whole: duplicate keys, extra fields, deep nesting, truncation, size, bytes, JSON dialects. */
        STRUCTURE,
        /** The Content-Type. */
        CONTENT_TYPE,
        /** The method. */
        METHOD,
        /** A path id: traversal, encoded slashes, percent garbage, other text. */
        PATH,
        /** A query parameter, known or not. */
        QUERY,
        /** A header: idempotency key, correlation id, relay headers, Accept, long, non-ASCII and control bytes. */
        HEADER,
        /** The caller: a role the policy does not admit, another college's officer, or nobody. */
        CALLER
    }

    @Override
    public String toString() {
        return endpoint + " " + aspect + " pick=" + pick + " where=" + where + " variant=" + variant
                + " text=" + Json.show(text.length() > 80 ? text.substring(0, 80) + "...(" + text.length() + ")" : text)
                + " token=" + (token.length() > 80 ? token.substring(0, 80) + "..." : token);
    }
}
