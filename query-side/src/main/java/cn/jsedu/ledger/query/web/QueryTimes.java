package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.programme.DateWindow;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The two time axes a query may name (docs/domain.md §5), checked once for every endpoint: an effective date
 * {@code asOf} and a recording time {@code knownAt} lie in the programme's query window
 * ({@link ProgrammeParameters#queryWindow()}), else the query is a 400 naming the parameter. Without this, dates the
 * database cannot hold became ±infinity or a 500, and dates before the programme silently counted nothing.
 */
@Component
public class QueryTimes {

    private final DateWindow window;

    public QueryTimes(ProgrammeParameters parameters) {
        this.window = parameters.queryWindow();
    }

    /** {@code asOf} itself (null stays null) if it lies in the window. */
    public LocalDate asOf(LocalDate asOf) {
        return date("asOf", asOf);
    }

    /** An effective date under another parameter name (an evaluation's {@code referenceDate}), checked as asOf. */
    public LocalDate date(String parameter, LocalDate date) {
        if (date != null && !window.contains(date)) {
            throw outside(parameter, date.toString());
        }
        return date;
    }

    /** {@code knownAt} itself (null stays null) if its day (UTC) lies in the window. */
    public Instant knownAt(Instant knownAt) {
        if (knownAt != null && (knownAt.isBefore(window.from().atStartOfDay(ZoneOffset.UTC).toInstant())
                || !knownAt.isBefore(window.until().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))) {
            throw outside("knownAt", knownAt.toString());
        }
        return knownAt;
    }

    private QueryProblem outside(String parameter, String value) {
        return new QueryProblem(ErrorCode.VALIDATION_FAILED, parameter,
                parameter + " " + value + " lies outside " + window.range() + " (UTC days for knownAt)");
    }
}
