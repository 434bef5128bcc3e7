package cn.jsedu.ledger.query.audit;

import cn.jsedu.ledger.kernel.event.AcceptanceRequestedEvent;
import cn.jsedu.ledger.kernel.event.AcceptanceReviewedEvent;
import cn.jsedu.ledger.kernel.event.AgreementSignedEvent;
import cn.jsedu.ledger.kernel.event.FundingPlanRevisedEvent;
import cn.jsedu.ledger.kernel.event.PerformanceDecisionRecordedEvent;
import cn.jsedu.ledger.kernel.event.PlatformApprovedEvent;
import cn.jsedu.ledger.kernel.event.PlatformDeclaredEvent;
import cn.jsedu.ledger.kernel.event.PlatformRejectedEvent;
import cn.jsedu.ledger.kernel.event.PlatformResumedEvent;
import cn.jsedu.ledger.kernel.event.PlatformSuspendedEvent;
import cn.jsedu.ledger.kernel.money.Money;
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
 * A platform folded from its own events, independent of every read model: the auditor's cross-check. Money
 * goes through the same {@link LedgerLines} as the projections, so any disagreement is the read model's.
 */
final class ReplayedPlatform {

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
    String acceptanceResult;
    List<PlanLine> plan = List.of();
    Money provincialAdjustment = Money.ZERO;
    final Map<String, String> parties = new LinkedHashMap<>();
    final List<String> agreements = new ArrayList<>();
    final List<String> decisions = new ArrayList<>();
    final List<LedgerLine> lines = new ArrayList<>();

    void apply(DomainEventMessage<?> message) {
        version = message.getSequenceNumber();
        Object event = message.getPayload();
        LedgerLines.of(event, message.getIdentifier(), message.getSequenceNumber(), message.getTimestamp())
                .ifPresent(lines::add);
        if (event instanceof PlatformDeclaredEvent e) {
            platformId = e.platformId();
            status = PlatformStatus.DECLARED;
            collegeCode = e.college().code();
            collegeName = e.college().name();
            title = e.title();
            plan = e.plan();
            e.enterprises().forEach(p -> parties.put(p.partyId(), p.name()));
        } else if (event instanceof PlatformApprovedEvent e) {
            status = PlatformStatus.APPROVED;
            batch = e.batch();
            constructionStart = e.constructionStart();
            constructionEnd = e.constructionEnd();
            plan = e.plan();
        } else if (event instanceof PlatformRejectedEvent) {
            status = PlatformStatus.REJECTED;
        } else if (event instanceof AgreementSignedEvent e) {
            agreements.add(e.agreementId());
            e.parties().forEach(p -> parties.put(p.partyId(), p.name()));
        } else if (event instanceof FundingPlanRevisedEvent e) {
            plan = e.plan();
        } else if (event instanceof PlatformSuspendedEvent) {
            status = PlatformStatus.SUSPENDED;
        } else if (event instanceof PlatformResumedEvent) {
            status = PlatformStatus.APPROVED;
        } else if (event instanceof PerformanceDecisionRecordedEvent e) {
            decided(e);
        } else if (event instanceof AcceptanceRequestedEvent) {
            status = PlatformStatus.ACCEPTANCE_REQUESTED;
        } else if (event instanceof AcceptanceReviewedEvent e) {
            status = e.result().isPass() ? PlatformStatus.ACCEPTED : PlatformStatus.ACCEPTANCE_FAILED;
            acceptanceResult = e.result().name();
        }
    }

    private void decided(PerformanceDecisionRecordedEvent e) {
        decisions.add(e.type() + " " + e.decisionRef());
        switch (e.type()) {
            case REWARD -> provincialAdjustment = provincialAdjustment.plus(e.amount());
            case REDUCE_SUPPORT -> provincialAdjustment = provincialAdjustment.minus(e.amount());
            case WITHDRAW_KEY_SUPPORT -> keySupport = false;
            case TERMINATE -> status = PlatformStatus.TERMINATED;
            default -> {
                // ADJUST records a decision without changing figures
            }
        }
    }
}
