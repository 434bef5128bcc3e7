package cn.jsedu.ledger.kernel.indicator;

import cn.jsedu.ledger.kernel.money.Money;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * How an indicator is measured. Every value is text on the wire and a {@code long} for comparison:
 * COUNT as itself, MONEY in fen, RATIO in basis points (33.33% = 3333), YES_NO as 0 or 1; so "met" is an
 * integer comparison, never a float one.
 */
public enum IndicatorUnit {
    COUNT, MONEY, RATIO, YES_NO;

    private static final Pattern WHOLE = Pattern.compile("0|[1-9][0-9]{0,12}");
    private static final Pattern PERCENT = Pattern.compile("(0|[1-9][0-9]?|100)(\\.[0-9]{1,2})?");

    /**
     * Parses a value of this unit.
     *
     * @throws IllegalArgumentException with a message saying what is expected
     */
    public long parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException(expected());
        }
        switch (this) {
            case COUNT -> {
                if (!WHOLE.matcher(text).matches()) {
                    throw new IllegalArgumentException(expected());
                }
                return Long.parseLong(text);
            }
            case MONEY -> {
                return Money.parse(text).fen();
            }
            case RATIO -> {
                BigDecimal percent = PERCENT.matcher(text).matches() ? new BigDecimal(text) : null;
                if (percent == null || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new IllegalArgumentException(expected());
                }
                return percent.movePointRight(2).longValueExact();
            }
            default -> {
                if ("true".equals(text)) {
                    return 1;
                }
                if ("false".equals(text)) {
                    return 0;
                }
                throw new IllegalArgumentException(expected());
            }
        }
    }

    /** The canonical text of a parsed value. */
    public String format(long value) {
        return switch (this) {
            case COUNT -> Long.toString(value);
            case MONEY -> Money.ofFen(value).toString();
            case RATIO -> BigDecimal.valueOf(value, 2).toPlainString();
            case YES_NO -> value == 0 ? "false" : "true";
        };
    }

    public String expected() {
        return switch (this) {
            case COUNT -> "a whole number ≥ 0, e.g. \"12\"";
            case MONEY -> "a decimal string with at most 2 fractional digits, e.g. \"150000.00\"";
            case RATIO -> "a percentage from 0 to 100 with at most 2 decimals, e.g. \"33.33\"";
            case YES_NO -> "\"true\" or \"false\"";
        };
    }
}
