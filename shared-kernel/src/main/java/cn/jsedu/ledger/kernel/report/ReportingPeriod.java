package cn.jsedu.ledger.kernel.report;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A half-year reporting period (定期上报), written {@code 2020H1} or {@code 2020H2}. Its end is the first or second
 * of the programme's period-end days (30 June and 31 December by default); it starts the day after the previous
 * period's end.
 */
public record ReportingPeriod(int year, int half) implements Comparable<ReportingPeriod> {

    private static final Pattern TEXT = Pattern.compile("((?:19|20)[0-9]{2})H([12])");

    public ReportingPeriod {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("a half-year is 1 or 2");
        }
    }

    public static ReportingPeriod parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("a reporting period is written like 2020H1 or 2020H2");
        }
        return new ReportingPeriod(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The period containing {@code date}. */
    public static ReportingPeriod containing(LocalDate date, List<MonthDay> periodEnds) {
        ReportingPeriod first = new ReportingPeriod(date.getYear(), 1);
        return first.end(periodEnds).isBefore(date) ? first.next() : first;
    }

    public LocalDate end(List<MonthDay> periodEnds) {
        return periodEnds.get(half - 1).atYear(year);
    }

    public LocalDate start(List<MonthDay> periodEnds) {
        return previous().end(periodEnds).plusDays(1);
    }

    public LocalDate due(List<MonthDay> periodEnds, int dueDays) {
        return end(periodEnds).plusDays(dueDays);
    }

    public ReportingPeriod next() {
        return half == 1 ? new ReportingPeriod(year, 2) : new ReportingPeriod(year + 1, 1);
    }

    public ReportingPeriod previous() {
        return half == 2 ? new ReportingPeriod(year, 1) : new ReportingPeriod(year - 1, 2);
    }

    /** The periods that overlap {@code [from, to]}, in order. */
    public static List<ReportingPeriod> covering(LocalDate from, LocalDate to, List<MonthDay> periodEnds) {
        List<ReportingPeriod> periods = new ArrayList<>();
        for (ReportingPeriod p = containing(from, periodEnds); !p.start(periodEnds).isAfter(to); p = p.next()) {
            periods.add(p);
        }
        return periods;
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(half, other.half);
    }

    @Override
    public String toString() {
        return year + "H" + half;
    }
}
