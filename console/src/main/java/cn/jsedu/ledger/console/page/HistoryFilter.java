package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.api.view.HistoryEntryView;
import cn.jsedu.ledger.console.api.view.LedgerLinesView;
import cn.jsedu.ledger.kernel.fund.FundingSource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The audit page's filter of a platform's history (issue 16, "filter and search in history"), from the page's query
 * parameters so a filtered history is a link one can send: the event kind, the funding source of the money it moved,
 * the days it was recorded on (from and to, both included, in the programme's time zone), and free text found in its
 * voucher, who recorded it (user, role code), why (reason, decision document) or its event id, case ignored.
 *
 * <p>The query API serves a platform's whole history in one answer, with no filter of its own, and the page already
 * reads all of it (with the ledger lines that give each money event its voucher and source), so the filter is applied
 * here, to the rows read.
 */
public record HistoryFilter(String kind, FundingSource source, LocalDate from, LocalDate to, String search) {

    public static final HistoryFilter NONE = new HistoryFilter(null, null, null, null, null);

    public HistoryFilter {
        kind = blank(kind) ? null : kind.trim();
        search = blank(search) ? null : search.trim();
    }

    /** True when any filter is set: the page then says how many events it shows of how many. */
    public boolean active() {
        return kind != null || source != null || from != null || to != null || search != null;
    }

    boolean admits(HistoryEntryView entry, LedgerLinesView.LedgerLineView line, ZoneId zone) {
        LocalDate recorded = entry.recordedAt() == null ? null : LocalDate.ofInstant(entry.recordedAt(), zone);
        return (kind == null || kind.equals(entry.type()))
                && (source == null || line != null && source == line.source())
                && (from == null || recorded != null && !recorded.isBefore(from))
                && (to == null || recorded != null && !recorded.isAfter(to))
                && (search == null || found(entry, line));
    }

    private boolean found(HistoryEntryView entry, LedgerLinesView.LedgerLineView line) {
        String wanted = search.toLowerCase(Locale.ROOT);
        Stream<String> texts = Stream.of(entry.user(), entry.role(), entry.reason(), entry.decisionRef(), entry.eventId(),
                line == null ? null : line.voucherRef(), line == null ? null : line.reason(),
                line == null ? null : line.entryId());
        return texts.anyMatch(t -> t != null && t.toLowerCase(Locale.ROOT).contains(wanted));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
