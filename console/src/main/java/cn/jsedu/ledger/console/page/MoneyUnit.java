package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.kernel.money.Money;

/**
 * The unit a page shows money in: 万元 for the finance office's overview (the unit of provincial budget documents), 元
 * for the exact figure. Formatted from fen with integer arithmetic only: 元 is exact; 万元 is rounded half-up (away
 * from zero) to two decimals, i.e. to 100 元, and the switch to 元 shows what was rounded.
 */
public enum MoneyUnit {
    WAN(1_000_000L), YUAN(100L);

    /** Fen in one unit: 1 万元 = 10,000 元 = 1,000,000 fen. */
    private final long fenPerUnit;

    MoneyUnit(long fenPerUnit) {
        this.fenPerUnit = fenPerUnit;
    }

    /** The query parameter's value: {@code yuan} gives 元, anything else 万元. */
    public static MoneyUnit of(String parameter) {
        return "yuan".equalsIgnoreCase(parameter) ? YUAN : WAN;
    }

    public String parameter() {
        return this == YUAN ? "yuan" : "wan";
    }

    /** With thousands separators and two decimals, no unit (the column header or label names it). */
    public String format(Money money) {
        long fen = money.fen();
        boolean negative = fen < 0;
        // hundredths of the unit; Math.absExact refuses Long.MIN_VALUE rather than overflow silently
        long magnitude = Math.absExact(fen);
        long step = fenPerUnit / 100;
        long hundredths = magnitude / step + (magnitude % step * 2 >= step ? 1 : 0);
        String whole = grouped(hundredths / 100);
        long cents = hundredths % 100;
        return (negative && hundredths != 0 ? "-" : "") + whole + "." + (cents < 10 ? "0" : "") + cents;
    }

    /** The amount in this unit, exactly (万元 to six decimals): for drawing a chart, never for a figure shown. */
    public java.math.BigDecimal chartValue(Money money) {
        return java.math.BigDecimal.valueOf(money.fen()).movePointLeft(this == WAN ? 6 : 2);
    }

    private static String grouped(long value) {
        String digits = Long.toString(value);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
