package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.kernel.programme.ParameterChanges;
import cn.jsedu.ledger.kernel.programme.ProgrammeStatus;
import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.query.proposal.ProposalStatus;
import cn.jsedu.ledger.query.programme.ProgrammeQueries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A programme with the parameters in force on {@code asOf} as known at {@code knownAt} (null: with every change
 * recorded), and its parameter history as known then: the established set (no effective date), then each rule change
 * with the parameters it sets and the set in force from its effective date on.
 */
public record ProgrammeView(String programmeId, String name, ProgrammeStatus status, Instant establishedAt,
                            long version, LocalDate asOf, Instant knownAt, ParametersView inForce,
                            List<Step> history) {

    /** One step of the parameter history. */
    public record Step(LocalDate effectiveFrom, Instant recordedAt, Map<String, String> changes,
                       ParametersView parameters) {
    }

    /** An approved rule change as recorded: what it sets from when, why, and who proposed and approved it. */
    public record Change(long sequenceNumber, LocalDate effectiveFrom, Instant recordedAt, Map<String, String> changes,
                         String reason, String decisionRef, String proposalId, String proposedBy, String approvedBy,
                         String eventId) {

        static Change of(ProgrammeQueries.RecordedChange c) {
            return new Change(c.sequenceNumber(), c.effectiveFrom(), c.recordedAt(), values(c.changes()), c.reason(),
                    c.decisionRef(), c.proposalId(), c.proposedBy(), c.approvedBy(), c.eventId());
        }
    }

    /**
     * A proposal of the programme: its establishment or a rule change. A rule change carries what it would set
     * ({@code changes}, each value as text like {@link Change}), from when, why and on which decision: what the second
     * administrator approves; {@code changes} is empty for an establishment.
     */
    public record Proposal(String programmeId, String proposalId, ProposalKind kind, ProposalStatus status,
                           String proposedBy, Instant proposedAt, LocalDate effectiveFrom, Map<String, String> changes,
                           String reason, String decisionRef, String summary, String decidedBy, Instant decidedAt,
                           String eventId) {

        static Proposal of(ProgrammeQueries.ProgrammeProposalView p) {
            return new Proposal(p.programmeId(), p.proposalId(), p.kind(), p.status(), p.proposedBy(), p.proposedAt(),
                    p.effectiveFrom(), values(p.changes()), p.reason(), p.decisionRef(), p.summary(), p.decidedBy(),
                    p.decidedAt(), p.eventId());
        }
    }

    /** The parameters a change sets, each as text ("1/4", "25000000.00"). */
    static Map<String, String> values(ParameterChanges changes) {
        Map<String, String> values = new LinkedHashMap<>();
        if (changes != null) {
            changes.asMap().forEach((name, value) -> values.put(name, String.valueOf(value)));
        }
        return values;
    }
}
