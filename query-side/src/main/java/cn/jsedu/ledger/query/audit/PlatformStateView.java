package cn.jsedu.ledger.query.audit;

import cn.jsedu.ledger.query.balance.BalancesView;
import cn.jsedu.ledger.query.balance.FiguresView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A platform rebuilt from its own events up to a version or a recording time (never from read models). */
public record PlatformStateView(String platformId, long version, Long atVersion, Instant knownAt, int eventsReplayed,
                                String status, String collegeCode, String collegeName, String title, Integer batch,
                                LocalDate constructionStart, LocalDate constructionEnd, boolean keySupport,
                                String acceptanceResult, List<PlanLineView> plan, Map<String, String> parties,
                                List<String> agreements, List<String> decisions, List<EntryView> entries,
                                List<BalancesView.SourceBalance> balances, FiguresView total) {

    public record PlanLineView(String source, String partyId, int year, String amount) {
    }

    /** A ledger line as replayed: corrections appear as their own lines, pointing at what they correct. */
    public record EntryView(long sequenceNumber, String eventId, String entryId, String kind, String originalEntryId,
                            String source, String partyId, String form, String amount, LocalDate effectiveDate,
                            Instant recordedAt) {
    }
}
