package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.FindingClosedEvent;
import cn.jsedu.ledger.kernel.event.FindingRecordedEvent;
import cn.jsedu.ledger.kernel.event.FindingReopenedEvent;
import cn.jsedu.ledger.kernel.event.RectificationSubmittedEvent;
import cn.jsedu.ledger.kernel.finding.FindingStatus;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The audit findings of a {@link Platform} and their rectification (审计发现 → 整改, docs/domain.md §8): an auditor
 * records a finding with a deadline, the college answers it, the education department closes it or reopens it with a
 * new deadline. A finding's citations are checked by {@link EvidenceCitations}; whether open findings block the
 * acceptance request, by {@link OpenFindingsPolicy}.
 */
final class Findings {

    /** Status of every finding ever recorded, by id (ids are never reused), in the order recorded. */
    private Map<String, FindingStatus> statuses = new LinkedHashMap<>();

    void record(String platformId, RecordFindingCommand command, Evidence evidence, Clock clock) {
        if (statuses.containsKey(command.findingId())) {
            throw new LedgerRuleException(ErrorCode.ID_ALREADY_USED, "findingId",
                    command.findingId() + " is already used on this platform");
        }
        requireDeadline(command.deadline(), clock);
        List<String> events = EvidenceCitations.requireEventsOfPlatform(evidence, platformId,
                command.evidenceEventIds());
        List<String> documents = EvidenceCitations.requireUploaded(evidence, platformId, command.documents());
        apply(new FindingRecordedEvent(platformId, command.findingId(), command.category(), command.text(), events,
                documents, command.deadline()));
    }

    void rectify(String platformId, SubmitRectificationCommand command, Evidence evidence) {
        if (known(command.findingId()) != FindingStatus.OPEN) {
            throw new LedgerRuleException(ErrorCode.FINDING_NOT_OPEN, "findingId", "finding " + command.findingId()
                    + " is " + statuses.get(command.findingId()) + ": only an open finding is answered");
        }
        apply(new RectificationSubmittedEvent(platformId, command.findingId(), command.text(),
                EvidenceCitations.requireUploaded(evidence, platformId, command.documents())));
    }

    void close(String platformId, CloseFindingCommand command) {
        if (known(command.findingId()) != FindingStatus.ANSWERED) {
            throw new LedgerRuleException(ErrorCode.FINDING_NOT_ANSWERED, "findingId", "finding " + command.findingId()
                    + " is " + statuses.get(command.findingId())
                    + ": a finding is closed once the college answered it");
        }
        apply(new FindingClosedEvent(platformId, command.findingId(), command.remarks()));
    }

    void reopen(String platformId, ReopenFindingCommand command, Clock clock) {
        if (known(command.findingId()) == FindingStatus.OPEN) {
            throw new LedgerRuleException(ErrorCode.FINDING_ALREADY_OPEN, "findingId",
                    "finding " + command.findingId() + " is open already");
        }
        requireDeadline(command.deadline(), clock);
        apply(new FindingReopenedEvent(platformId, command.findingId(), command.reason(), command.deadline()));
    }

    /** The findings not closed yet, in the order recorded. */
    List<String> unresolved() {
        return statuses.entrySet().stream().filter(e -> e.getValue().unresolved()).map(Map.Entry::getKey).toList();
    }

    private FindingStatus known(String findingId) {
        FindingStatus status = statuses.get(findingId);
        if (status == null) {
            throw new LedgerRuleException(ErrorCode.UNKNOWN_FINDING, "findingId",
                    "no finding " + findingId + " on this platform");
        }
        return status;
    }

    /**
     * A deadline is today or later. It has no upper bound of the programme's windows: an audit may come after the
     * settlement window, and its finding still needs a date to be rectified by (ADR 0021).
     */
    private static void requireDeadline(LocalDate deadline, Clock clock) {
        if (deadline.isBefore(LocalDate.now(clock))) {
            throw new LedgerRuleException(ErrorCode.FINDING_DEADLINE_PASSED, "deadline",
                    "deadline " + deadline + " has passed: give a day from today on");
        }
    }

    // --- event sourcing: assignments only ---

    @EventSourcingHandler
    void on(FindingRecordedEvent event) {
        statuses.put(event.findingId(), FindingStatus.OPEN);
    }

    @EventSourcingHandler
    void on(RectificationSubmittedEvent event) {
        statuses.put(event.findingId(), FindingStatus.ANSWERED);
    }

    @EventSourcingHandler
    void on(FindingClosedEvent event) {
        statuses.put(event.findingId(), FindingStatus.CLOSED);
    }

    @EventSourcingHandler
    void on(FindingReopenedEvent event) {
        statuses.put(event.findingId(), FindingStatus.OPEN);
    }
}
