package cn.jsedu.ledger.query.finance;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.query.ledger.LedgerLine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Period figures folded from a platform's ledger lines: opening + received cash − spent − recovered = closing. */
public final class PeriodFigures {

    private PeriodFigures() {
    }

    public static PeriodFiguresView of(String platformId, Period period, List<LedgerLine> lines, Instant knownAt) {
        Map<FundingSource, long[]> bySource = new EnumMap<>(FundingSource.class);
        for (FundingSource s : FundingSource.values()) {
            bySource.put(s, new long[5]);
        }
        for (LedgerLine l : lines) {
            if (!l.counts(period.to(), knownAt)) {
                continue;
            }
            long[] f = bySource.get(l.source());
            if (l.effectiveDate().isBefore(period.from())) {
                f[0] = Math.addExact(f[0], l.effect().cash().fen());
            } else {
                f[1] = Math.addExact(f[1], l.receivedCash().fen());
                f[2] = Math.addExact(f[2], l.receivedNonCash().fen());
                f[3] = Math.addExact(f[3], l.spent().fen());
                f[4] = Math.addExact(f[4], l.recovered().fen());
            }
        }
        List<PeriodFiguresView.Source> sources = new ArrayList<>();
        PeriodFiguresView.Figures total = PeriodFiguresView.Figures.NONE;
        for (Map.Entry<FundingSource, long[]> e : bySource.entrySet()) {
            long[] f = e.getValue();
            long closing = Math.subtractExact(Math.subtractExact(Math.addExact(f[0], f[1]), f[3]), f[4]);
            PeriodFiguresView.Figures figures = new PeriodFiguresView.Figures(Money.ofFen(f[0]), Money.ofFen(f[1]),
                    Money.ofFen(f[2]), Money.ofFen(f[3]), Money.ofFen(f[4]), Money.ofFen(closing));
            sources.add(new PeriodFiguresView.Source(e.getKey(), e.getKey().chineseName(), figures));
            total = total.plus(figures);
        }
        return new PeriodFiguresView(platformId, period.name(), period.from(), period.to(), knownAt, sources, total);
    }

    /** A calendar year ({@code 2021}) or half-year ({@code 2021H1}, {@code 2021H2}). */
    public record Period(String name, LocalDate from, LocalDate to) {

        /** @throws IllegalArgumentException if {@code text} is neither a year nor a half-year */
        public static Period parse(String text) {
            if (text == null || !text.matches("(19|20)[0-9]{2}(H[12])?")) {
                throw new IllegalArgumentException("a period is a year (2021) or a half-year (2021H1, 2021H2)");
            }
            int year = Integer.parseInt(text.substring(0, 4));
            if (text.length() == 4) {
                return new Period(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            return text.endsWith("H1") ? new Period(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30))
                    : new Period(text, LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
        }
    }
}
