package cn.jsedu.ledger.query.audit;

import cn.jsedu.ledger.kernel.event.AcceptanceReviewedEvent;
import cn.jsedu.ledger.kernel.event.AgreementSignedEvent;
import cn.jsedu.ledger.kernel.event.ConstructionPeriodFold;
import cn.jsedu.ledger.kernel.event.FundingPlanRevisedEvent;
import cn.jsedu.ledger.kernel.event.PerformanceDecisionRecordedEvent;
import cn.jsedu.ledger.kernel.event.PlatformApprovedEvent;
import cn.jsedu.ledger.kernel.event.PlatformDeclaredEvent;
import cn.jsedu.ledger.kernel.event.PlatformEvent;
import cn.jsedu.ledger.kernel.event.StatusFold;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.AcceptanceResult;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.query.ledger.LedgerLine;
import cn.jsedu.ledger.query.ledger.LedgerLines;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A platform folded from its own events, independent of every read model: the auditor's cross-check. Status, money
 * and decisions go through the same kernel folds ({@link StatusFold}, the entries' effects via {@link LedgerLines},
 * {@code DecisionType}) as the aggregate and the projections, so any disagreement is the read model's. Read by
 * {@link PlatformStateView} (the auditor's {@code /state}) and by reconciliation, through the accessors below.
 */
public final class ReplayedPlatform {

    String platformId;
    long version = -1;
    PlatformStatus status;
    String collegeCode;
    String collegeName;
    String title;
    Integer batch;
    LocalDate constructionStart;
    LocalDate constructionEnd;
    boolean keySupport = true;
    AcceptanceResult acceptanceResult;
    List<PlanLine> plan = List.of();
    Money provincialAdjustment = Money.ZERO;
    final Map<String, String> parties = new LinkedHashMap<>();
    final List<String> agreements = new ArrayList<>();
    final List<String> decisions = new ArrayList<>();
    final List<LedgerLine> lines = new ArrayList<>();

    /** Folds the next event of this platform (in sequence order). */
    public void apply(DomainEventMessage<?> message) {
        version = message.getSequenceNumber();
        Object event = message.getPayload();
        LedgerLines.of(event, message.getIdentifier(), message.getSequenceNumber(), message.getTimestamp())
                .ifPresent(lines::add);
        if (event instanceof PlatformEvent e) {
            status = StatusFold.after(status, e);
            constructionStart = ConstructionPeriodFold.startSetBy(e).orElse(constructionStart);
            constructionEnd = ConstructionPeriodFold.endSetBy(e).orElse(constructionEnd);
        }
        if (event instanceof PlatformDeclaredEvent e) {
            platformId = e.platformId();
            collegeCode = e.college().code();
            collegeName = e.college().name();
            title = e.title();
            plan = e.plan();
            e.enterprises().forEach(p -> parties.put(p.partyId(), p.name()));
        } else if (event instanceof PlatformApprovedEvent e) {
            batch = e.batch();
            plan = e.plan();
        } else if (event instanceof AgreementSignedEvent e) {
            agreements.add(e.agreementId());
            e.parties().forEach(p -> parties.put(p.partyId(), p.name()));
        } else if (event instanceof FundingPlanRevisedEvent e) {
            plan = e.plan();
        } else if (event instanceof PerformanceDecisionRecordedEvent e) {
            decisions.add(e.type() + " " + e.decisionRef());
            provincialAdjustment = provincialAdjustment.plus(e.type().provincialEffect(e.amount()));
            keySupport = keySupport && !e.type().endsKeySupport();
        } else if (event instanceof AcceptanceReviewedEvent e) {
            acceptanceResult = e.result();
        }
    }

    /** The sequence number of the last event folded; -1 before the first. */
    public long version() {
        return version;
    }

    public PlatformStatus status() {
        return status;
    }

    public boolean keySupport() {
        return keySupport;
    }

    /** The plan in force: declared, then approved, then as last revised. */
    public List<PlanLine> plan() {
        return List.copyOf(plan);
    }

    /** Rewards less reductions of support, which {@code Balances} adds to the planned provincial funds. */
    public Money provincialAdjustment() {
        return provincialAdjustment;
    }

    public int decisionCount() {
        return decisions.size();
    }

    /** Every money event as the ledger line {@link LedgerLines} makes of it, in sequence order. */
    public List<LedgerLine> lines() {
        return List.copyOf(lines);
    }
}
