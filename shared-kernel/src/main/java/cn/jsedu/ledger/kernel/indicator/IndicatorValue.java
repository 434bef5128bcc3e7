package cn.jsedu.ledger.kernel.indicator;

/** A target or an actual for one indicator, as canonical text of its unit (see {@link IndicatorUnit}). */
public record IndicatorValue(String code, String value) {
}
