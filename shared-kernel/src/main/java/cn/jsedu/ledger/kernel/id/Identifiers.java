package cn.jsedu.ledger.kernel.id;

import java.util.regex.Pattern;

/**
 * The one shape every identifier in the ledger takes: 1–64 letters, digits, '.', '_' or '-', starting with a letter
 * or digit. Written once, here: the typed ids check it, request validation and the console's path checks use
 * {@link #SHAPE} and {@link #isWellFormed}, so an id one part accepts is never refused by another.
 */
public final class Identifiers {

    /** The shape as a regular expression (a constant, so that validation annotations can name it). */
    public static final String SHAPE = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    private static final Pattern PATTERN = Pattern.compile(SHAPE);

    private Identifiers() {
    }

    /** Whether {@code value} is an identifier's shape; nothing else (no null, no blank, nothing longer than 64). */
    public static boolean isWellFormed(String value) {
        return value != null && PATTERN.matcher(value).matches();
    }

    static String require(String value, String what) {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException(
                    what + " must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return value;
    }
}
