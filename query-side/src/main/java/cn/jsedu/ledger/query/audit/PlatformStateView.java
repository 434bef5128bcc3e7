package cn.jsedu.ledger.query.audit;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.platform.AcceptanceResult;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.query.balance.BalancesView;
import cn.jsedu.ledger.query.balance.FiguresView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A platform rebuilt from its own events up to a version or a recording time (never from read models). Made by
 * {@link StateReplay} from a {@link ReplayedPlatform}: identity and lifecycle, then its plan, parties and decisions,
 * then its ledger lines and the balances they add up to.
 */
public record PlatformStateView(String platformId, long version, Long atVersion, Instant knownAt, int eventsReplayed,
                                PlatformStatus status, String collegeCode, String collegeName, String title,
                                Integer batch, LocalDate constructionStart, LocalDate constructionEnd,
                                boolean keySupport, AcceptanceResult acceptanceResult, List<PlanLineView> plan,
                                Map<String, String> parties, List<String> agreements, List<String> decisions,
                                List<EntryView> entries, List<BalancesView.SourceBalance> balances, FiguresView total) {

    public record PlanLineView(FundingSource source, String partyId, int year, String amount) {
    }

    /** A ledger line as replayed: corrections appear as their own lines, pointing at what they correct. */
    public record EntryView(long sequenceNumber, String eventId, String entryId, EntryKind kind, String originalEntryId,
                            FundingSource source, String partyId, ContributionForm form, String amount,
                            LocalDate effectiveDate, Instant recordedAt) {
    }

    /** What was asked: the version or recording time the replay stopped at (null: all), and how many events it took. */
    record Replay(Long atVersion, Instant knownAt, int eventsReplayed) {
    }

    /** What the balances came to over all replayed lines. */
    record Totals(List<BalancesView.SourceBalance> balances, FiguresView total) {
    }

    static PlatformStateView of(ReplayedPlatform p, Replay replay, List<PlanLineView> plan, List<EntryView> entries,
                                Totals totals) {
        return new PlatformStateView(p.platformId, p.version, replay.atVersion(), replay.knownAt(),
                replay.eventsReplayed(), p.status, p.collegeCode, p.collegeName, p.title, p.batch, p.constructionStart,
                p.constructionEnd, p.keySupport, p.acceptanceResult, plan, p.parties, p.agreements, p.decisions, entries,
                totals.balances(), totals.total());
    }
}
