package cn.jsedu.ledger.query.support;

import cn.jsedu.ledger.kernel.event.EventMetadataKeys;
import cn.jsedu.ledger.kernel.event.ParameterChangeProposedEvent;
import cn.jsedu.ledger.kernel.event.ProgrammeEstablishedEvent;
import cn.jsedu.ledger.kernel.event.ProgrammeEvent;
import cn.jsedu.ledger.kernel.event.ProgrammeParametersChangedEvent;
import cn.jsedu.ledger.kernel.event.ProgrammeProposalApprovedEvent;
import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.kernel.programme.ParameterChanges;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.programme.ProposedParameterChange;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A programme's events as the command side records them (ADR 0019), for projection tests: its establishment with a
 * parameter set, and rule changes proposed by admin1 and approved by admin2 (the approval's events carry who proposed
 * and approved it in their metadata, as four eyes writes it).
 */
public final class ProgrammeStory {

    private final String programmeId;
    private final List<DomainEventMessage<?>> events = new ArrayList<>();

    private ProgrammeStory(String programmeId) {
        this.programmeId = programmeId;
    }

    /** A programme established at {@code at} with {@code parameters}. */
    public static ProgrammeStory established(String programmeId, String name, ProgrammeParameters parameters,
                                             Instant at) {
        ProgrammeStory story = new ProgrammeStory(programmeId);
        story.record(new ProgrammeEstablishedEvent(programmeId, name, parameters), at, Map.of());
        return story;
    }

    /** A rule change proposed an hour before {@code recordedAt} and approved (so recorded) at {@code recordedAt}. */
    public List<DomainEventMessage<?>> ruleChange(String proposalId, LocalDate effectiveFrom, ParameterChanges changes,
                                                  Instant recordedAt) {
        int first = events.size();
        record(new ParameterChangeProposedEvent(programmeId, proposalId, "admin1",
                new ProposedParameterChange(effectiveFrom, changes, "规则调整", "苏教职〔2021〕1号")),
                recordedAt.minusSeconds(3600), Map.of());
        Map<String, ?> approval = Map.of(EventMetadataKeys.PROPOSAL_ID, proposalId,
                EventMetadataKeys.PROPOSED_BY, "admin1", EventMetadataKeys.APPROVED_BY, "admin2");
        record(new ProgrammeParametersChangedEvent(programmeId, effectiveFrom, changes, "规则调整", "苏教职〔2021〕1号"),
                recordedAt, approval);
        record(new ProgrammeProposalApprovedEvent(programmeId, proposalId, ProposalKind.PARAMETER_CHANGE, "admin1",
                "admin2"), recordedAt, approval);
        return List.copyOf(events.subList(first, events.size()));
    }

    /** Every event recorded so far, in sequence order. */
    public List<DomainEventMessage<?>> events() {
        return List.copyOf(events);
    }

    private void record(ProgrammeEvent event, Instant at, Map<String, ?> metaData) {
        events.add(new GenericDomainEventMessage<>("Programme", programmeId, events.size(), event, metaData,
                UUID.randomUUID().toString(), at));
    }
}
