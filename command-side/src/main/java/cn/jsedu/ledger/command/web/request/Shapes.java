package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.kernel.id.Identifiers;

/** Regular expressions for the shapes of request fields; messages say what is expected. */
public final class Shapes {

    /** The typed ids' shape ({@link Identifiers}). */
    public static final String ID = Identifiers.SHAPE;
    public static final String ID_MESSAGE = "must be 1-64 letters, digits, '.', '_' or '-'";

    /** A non-negative decimal string with at most two fractional digits: no sign, exponent, NaN or spaces. */
    public static final String MONEY = "(0|[1-9][0-9]{0,15})(\\.[0-9]{1,2})?";
    public static final String MONEY_MESSAGE = "must be a decimal string with at most 2 fractional digits, e.g. \"1500000.00\"";

    /** An evidence document's hash: the SHA-256 of its bytes as 64 lowercase hex digits (docs/adr/0021). */
    public static final String SHA256 = "[0-9a-f]{64}";
    public static final String SHA256_MESSAGE = "must be a document's SHA-256: 64 lowercase hex digits";

    /** An event id as the ledger assigns them (a UUID), or an id of the typed-id shape. */
    public static final String EVENT_ID = Identifiers.SHAPE;
    public static final String EVENT_ID_MESSAGE = "must be the id of an event of this platform";

    /** A half-year reporting period, e.g. 2020H1. */
    public static final String PERIOD = "(19|20)[0-9]{2}H[12]";

    private Shapes() {
    }
}
