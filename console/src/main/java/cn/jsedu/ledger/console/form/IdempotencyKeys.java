package cn.jsedu.ledger.console.form;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every form carries an Idempotency-Key generated when it is rendered (a hidden input): sending the same form twice
 * (a double click, a reload after a lost answer) records the command once, as the command API promises for a key.
 */
final class IdempotencyKeys {

    /** The command API's shape of a key: 1-200 printable ASCII characters without spaces. */
    private static final Pattern SHAPE = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private IdempotencyKeys() {
    }

    static String fresh() {
        return "console-" + UUID.randomUUID();
    }

    /** The form's key if it has the API's shape, else a fresh one (the request then has no double-submit guard). */
    static String orFresh(String submitted) {
        return submitted != null && SHAPE.matcher(submitted).matches() ? submitted : fresh();
    }
}
