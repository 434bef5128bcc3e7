package cn.jsedu.ledger.query.balance;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.query.ledger.Balances;
import cn.jsedu.ledger.query.ledger.LedgerLine;
import cn.jsedu.ledger.query.ledger.LedgerLineRepository;
import cn.jsedu.ledger.query.platform.NotYetKnownException;
import cn.jsedu.ledger.query.platform.PlatformAsKnown;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Balances from the read model: the platform's ledger lines and plan versions, folded for the asked effective
 * date and recording time. Everything needed for any (asOf, knownAt) is stored, so time travel needs no replay.
 */
@Service
public class BalanceQueries {

    private final PlatformQueries platforms;
    private final LedgerLineRepository lines;

    public BalanceQueries(PlatformQueries platforms, LedgerLineRepository lines) {
        this.platforms = platforms;
        this.lines = lines;
    }

    /**
     * The inputs of every money figure of one platform, all as known at one recording time: the platform itself
     * (status, version, construction period), its ledger lines (each counts only if recorded by then, see
     * {@link LedgerLine#counts}), the plan in force then, and the decisions recorded by then.
     */
    public record Inputs(PlatformAsKnown platform, List<LedgerLine> lines, List<PlanLine> plan,
                         Money provincialAdjustment, String planEventId, List<PlatformQueries.Decision> decisions) {
    }

    /**
     * The inputs as known at {@code knownAt} (null: now, from {@code platform}'s row).
     *
     * @throws NotYetKnownException if the platform was not yet declared at {@code knownAt}
     */
    public Inputs inputs(PlatformRow platform, Instant knownAt) {
        String id = platform.platformId();
        PlatformAsKnown known = knownAt == null ? PlatformAsKnown.of(platform)
                : platforms.asKnownAt(id, knownAt).orElseThrow(() -> new NotYetKnownException(id, knownAt));
        List<PlatformQueries.Decision> decisions = platforms.decisions(id).stream()
                .filter(d -> knownAt == null || !d.recordedAt().isAfter(knownAt)).toList();
        return new Inputs(known, lines.linesOf(id), platforms.planKnownAt(id, knownAt), adjustment(decisions),
                platforms.planEventKnownAt(id, knownAt).orElse(null), decisions);
    }

    public BalancesView balances(PlatformRow platform, LocalDate asOf, Instant knownAt) {
        Inputs in = inputs(platform, knownAt);
        Balances balances = Balances.of(in.lines(), in.plan(), in.provincialAdjustment(), asOf, knownAt);
        Map<String, String> names = platforms.partyNamesKnownAt(platform.platformId(), knownAt);
        return new BalancesView(platform.platformId(), asOf, knownAt, in.platform().version(),
                balances.bySource().entrySet().stream().map(e -> new BalancesView.SourceBalance(e.getKey(),
                        e.getKey().chineseName(), FiguresView.of(e.getValue()))).toList(),
                balances.byEnterpriseParty().entrySet().stream().map(e -> new BalancesView.PartyBalance(e.getKey(),
                        names.get(e.getKey()), FiguresView.of(e.getValue()))).toList(),
                FiguresView.of(balances.total()));
    }

    /** What the decisions did to the planned provincial funds ({@link DecisionType#provincialEffect}). */
    static Money adjustment(List<PlatformQueries.Decision> decisions) {
        return decisions.stream().map(d -> d.type().provincialEffect(d.amount())).reduce(Money.ZERO, Money::plus);
    }
}
