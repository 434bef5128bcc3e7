package cn.jsedu.ledger.query.support;

import cn.jsedu.ledger.kernel.evaluation.EvaluationResult;
import cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes;
import cn.jsedu.ledger.kernel.evaluation.RoundKind;
import cn.jsedu.ledger.kernel.event.EvaluationPublicationProposedEvent;
import cn.jsedu.ledger.kernel.event.EvaluationPublicationWithdrawnEvent;
import cn.jsedu.ledger.kernel.event.EvaluationRoundEvent;
import cn.jsedu.ledger.kernel.event.EvaluationRoundOpenedEvent;
import cn.jsedu.ledger.kernel.event.EvaluationRoundPublishedEvent;
import cn.jsedu.ledger.kernel.event.EventMetadataKeys;
import cn.jsedu.ledger.kernel.event.PanelScoreRecordedEvent;
import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One evaluation round's events as the command side records them (ADR 0026): its own stream, aggregate type
 * {@code EvaluationRound}, aggregate id the round id; an annual round of the default programme (every batch) judged
 * as of 2021-09-01 by the default scheme. Recording times move a minute per event unless {@link #at} sets them.
 */
public final class RoundStory {

    private final String roundId;
    private final List<DomainEventMessage<?>> events = new ArrayList<>();
    private Instant clock = Instant.parse("2021-10-01T00:00:00Z");

    private RoundStory(String roundId) {
        this.roundId = roundId;
    }

    public static RoundStory of(String roundId) {
        return new RoundStory(roundId);
    }

    public String roundId() {
        return roundId;
    }

    public RoundStory at(String instant) {
        clock = Instant.parse(instant);
        return this;
    }

    public List<DomainEventMessage<?>> events() {
        return List.copyOf(events);
    }

    public DomainEventMessage<?> opened(LocalDate referenceDate) {
        return record(new EvaluationRoundOpenedEvent(roundId, ProgrammeId.DEFAULT.value(), RoundKind.ANNUAL,
                referenceDate.getYear(), null, referenceDate, EvaluationSchemes.DEFAULT_SCHEME_ID, 1, "admin1"));
    }

    public DomainEventMessage<?> panelScore(String platformId, String itemCode, int centipoints) {
        return record(new PanelScoreRecordedEvent(roundId, platformId, itemCode, centipoints, "专家组意见：" + itemCode,
                "admin1"));
    }

    /** The date a proposal's decisions carry in this story. */
    public static final LocalDate DECIDED_ON = LocalDate.parse("2021-09-30");

    public DomainEventMessage<?> proposed(String proposalId, String by, Instant knownAt, List<EvaluationResult> results) {
        return record(new EvaluationPublicationProposedEvent(roundId, proposalId, by, knownAt, results,
                Money.parse("500000.00"), DecisionType.WITHDRAW_KEY_SUPPORT, null, DECIDED_ON));
    }

    public DomainEventMessage<?> withdrawn(String proposalId, String by) {
        return record(new EvaluationPublicationWithdrawnEvent(roundId, proposalId, by, "重新核对"));
    }

    public DomainEventMessage<?> published(String proposalId, String proposedBy, String approvedBy, Instant knownAt) {
        return record(new EvaluationRoundPublishedEvent(roundId, proposalId, proposedBy, approvedBy, knownAt));
    }

    private DomainEventMessage<?> record(EvaluationRoundEvent event) {
        DomainEventMessage<?> message = new GenericDomainEventMessage<>("EvaluationRound", roundId, events.size(),
                event, Map.of(EventMetadataKeys.USER, "admin1", EventMetadataKeys.ROLE, "PROVINCE_ADMIN"),
                UUID.randomUUID().toString(), clock);
        events.add(message);
        clock = clock.plus(Duration.ofMinutes(1));
        return message;
    }
}
