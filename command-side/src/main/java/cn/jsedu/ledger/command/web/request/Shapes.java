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

    /** An evaluation round id: the typed ids' shape, starting EVAL- (ADR 0026). */
    public static final String ROUND_ID = "EVAL-[A-Za-z0-9._-]{1,59}";
    public static final String ROUND_ID_MESSAGE = "must start EVAL- and be at most 64 letters, digits, '.', '_' or '-'";

    /** An evaluation scheme item's code (SchemeItem). */
    public static final String ITEM_CODE = "[A-Z][A-Z0-9_]{0,63}";
    public static final String ITEM_CODE_MESSAGE = "must be a scheme item code: upper case letters, digits and _";

    /** Free text without control characters (as {@code PlainText}, for fields allowed longer than it). */
    public static final String NO_CONTROL = "[^\\p{Cc}\\p{Cf}]*";
    public static final String NO_CONTROL_MESSAGE = "must not contain control characters";

    private Shapes() {
    }
}
