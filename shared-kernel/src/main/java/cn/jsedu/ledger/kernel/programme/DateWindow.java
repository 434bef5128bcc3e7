package cn.jsedu.ledger.kernel.programme;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a date may fall on, both ends included (docs/domain.md §4 "Dates"). Every window is made by
 * {@link ProgrammeParameters} from its window lengths; a command's date outside its window is refused, a query's
 * date outside {@link ProgrammeParameters#queryWindow()} too.
 *
 * @param what  what the window is for, as shown in a refusal ("money entries of this platform")
 * @param from  the first day in the window
 * @param until the last day in the window, never before {@code from}
 */
public record DateWindow(String what, LocalDate from, LocalDate until) {

    public DateWindow {
        Objects.requireNonNull(what);
        Objects.requireNonNull(from);
        Objects.requireNonNull(until);
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("a window ends on or after its first day: " + from + " to " + until);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(until);
    }

    /** The same window ending on {@code last} if that comes first (e.g. today), as long as it keeps a day. */
    public DateWindow endingBy(LocalDate last) {
        return last.isBefore(until) && !last.isBefore(from) ? new DateWindow(what, from, last) : this;
    }

    /** "2019-03-01 to 2023-03-01", as a refusal states it. */
    public String range() {
        return from + " to " + until;
    }
}
