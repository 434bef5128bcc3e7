package cn.jsedu.ledger.kernel.indicator;

/** One indicator of the catalogue: its stable code, its key task (1-8), its unit and its names. */
public record Indicator(String code, int task, IndicatorUnit unit, String nameZh, String nameEn) {
}
