package cn.jsedu.ledger.kernel.id;

import java.util.regex.Pattern;

/** The one shape every identifier in the ledger takes: 1–64 letters, digits, '.', '_' or '-'. */
final class Identifiers {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Identifiers() {
    }

    static String require(String value, String what) {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    what + " must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return value;
    }
}
