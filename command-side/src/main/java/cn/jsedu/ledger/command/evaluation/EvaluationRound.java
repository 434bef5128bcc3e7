package cn.jsedu.ledger.command.evaluation;

import cn.jsedu.ledger.command.platform.CommandResult;
import cn.jsedu.ledger.command.platform.LedgerRuleException;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.evaluation.EvaluationScheme;
import cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes;
import cn.jsedu.ledger.kernel.evaluation.Grade;
import cn.jsedu.ledger.kernel.evaluation.ItemKind;
import cn.jsedu.ledger.kernel.evaluation.RoundKind;
import cn.jsedu.ledger.kernel.evaluation.SchemeItem;
import cn.jsedu.ledger.kernel.event.EvaluationPublicationProposedEvent;
import cn.jsedu.ledger.kernel.event.EvaluationPublicationWithdrawnEvent;
import cn.jsedu.ledger.kernel.event.EvaluationRoundOpenedEvent;
import cn.jsedu.ledger.kernel.event.EvaluationRoundPublishedEvent;
import cn.jsedu.ledger.kernel.event.EventMetadataKeys;
import cn.jsedu.ledger.kernel.event.PanelScoreRecordedEvent;
import cn.jsedu.ledger.kernel.evaluation.EvaluationResult;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * An evaluation round (年度绩效评价 or 中期检查, docs/adr/0026-performance-evaluation.md): opened by an administrator
 * for a programme (one batch or all) with a reference date and a scheme version, it collects the panel's scores
 * ({@link PanelScores}), then one administrator proposes to publish the results and another approves (four eyes, as
 * {@link cn.jsedu.ledger.command.foureyes.FourEyes} rules it for platforms and programmes; a round has one pending
 * proposal at most, so it keeps that one rather than a map). While a proposal is pending the round takes no score
 * and no other proposal: what is approved is what was proposed. Published, it is closed for good.
 *
 * <p>The objective scores come from the client, computed by the query side as known at the proposal's
 * {@code knownAt} (the command side holds no read models); the query side recomputes them and reports any
 * difference. The publication itself reaches every platform of the results in one unit of work
 * ({@link EvaluationPublication}).
 */
@Aggregate
@Revision("1")
public class EvaluationRound {

    /** What a panel score's remarks may hold at most. */
    static final int REMARKS_MAX = 2000;
    /** The most platforms one round publishes. */
    static final int RESULTS_MAX = 500;

    @AggregateIdentifier
    private String roundId;
    private String programmeId;
    private RoundKind kind;
    private int year;
    private Integer batch;
    private LocalDate referenceDate;
    private EvaluationScheme scheme;
    private Instant openedAt;
    private PanelScores panel = new PanelScores();
    /** The proposal waiting for its second administrator, or null. */
    private EvaluationPublicationProposedEvent pending;
    private Set<String> proposalIds = new HashSet<>();
    private boolean published;

    protected EvaluationRound() {
        // for Axon
    }

    /** Called by {@link RoundOpening} once the programme is found and {@code batch} is one of its batches. */
    EvaluationRound(OpenEvaluationRoundCommand command) {
        if (!RoundIds.isWellFormed(command.roundId())) {
            throw new LedgerRuleException(ErrorCode.VALIDATION_FAILED, "roundId",
                    "a round id is an id starting " + RoundIds.PREFIX + " (1-64 letters, digits, '.', '_' or '-')");
        }
        if (command.year() < 2000 || command.year() > 2100) {
            throw new LedgerRuleException(ErrorCode.VALIDATION_FAILED, "year", "a round's year lies in 2000..2100");
        }
        if (command.batch() != null && (command.batch() < 1 || command.batch() > 99)) {
            throw new LedgerRuleException(ErrorCode.VALIDATION_FAILED, "batch", "a batch lies in 1..99");
        }
        if (command.referenceDate() == null || command.referenceDate().getYear() != command.year()) {
            throw new LedgerRuleException(ErrorCode.VALIDATION_FAILED, "referenceDate",
                    "the reference date lies within the round's year " + command.year());
        }
        if (command.kind() == null) {
            throw new LedgerRuleException(ErrorCode.VALIDATION_FAILED, "kind", "a round is ANNUAL or MIDTERM");
        }
        schemeOf(command.schemeId(), command.schemeVersion());
        apply(new EvaluationRoundOpenedEvent(command.roundId(), command.programmeId(), command.kind(), command.year(),
                command.batch(), command.referenceDate(), command.schemeId(), command.schemeVersion(),
                command.openedBy()));
    }

    /** The shipped scheme of that id and version; none is 400 naming {@code schemeVersion}. */
    static EvaluationScheme schemeOf(String schemeId, int version) {
        return EvaluationSchemes.find(schemeId, version).orElseThrow(() -> new LedgerRuleException(
                ErrorCode.VALIDATION_FAILED, "schemeVersion", "no scheme " + schemeId + " version " + version));
    }

    // --- the panel's scores ---

    CommandResult recordPanelScore(RecordPanelScoreCommand command, RoundMembership members) {
        requireReachedBy(command.scope());
        requireOpen();
        SchemeItem item = scheme.item(command.itemCode()).filter(i -> i.kind() == ItemKind.PANEL)
                .orElseThrow(() -> new LedgerRuleException(ErrorCode.NOT_A_PANEL_ITEM, "itemCode",
                        command.itemCode() + " is no panel item of scheme " + scheme.schemeId() + " version "
                                + scheme.version() + "; panel items: " + panelCodes()));
        if (!item.acceptsPanelScore(command.centipoints())) {
            throw new LedgerRuleException(ErrorCode.PANEL_SCORE_OUT_OF_RANGE, "centipoints",
                    item.code() + " is scored from 0 to " + item.fullCentipoints() + " centipoints");
        }
        if (command.remarks() == null || command.remarks().isBlank() || command.remarks().length() > REMARKS_MAX) {
            throw new LedgerRuleException(ErrorCode.VALIDATION_FAILED, "remarks",
                    "a panel score gives its remarks, 1-" + REMARKS_MAX + " characters");
        }
        if (!members.belongs(command.platformId(), programmeId, batch)) {
            throw notInRound("platformId", command.platformId());
        }
        apply(new PanelScoreRecordedEvent(roundId, command.platformId(), command.itemCode(), command.centipoints(),
                command.remarks(), command.recordedBy()));
        return result(roundId);
    }

    // --- publication: proposed by one administrator, approved by another ---

    CommandResult propose(ProposeEvaluationPublicationCommand command, RoundMembership members,
                          PlatformDecisions decisions, Clock clock) {
        requireReachedBy(command.scope());
        requireOpen();
        if (proposalIds.contains(command.proposalId())) {
            throw new LedgerRuleException(ErrorCode.ID_ALREADY_USED, "proposalId",
                    command.proposalId() + " is already used");
        }
        PublicationPolicy.requireKnownAt(command.knownAt(), openedAt, clock);
        DecisionType failedDecision = PublicationPolicy.failedDecision(command);
        List<EvaluationResult> results = RoundResults.ranked(
                PublicationPolicy.scored(command.results(), scheme, panel,
                        platformId -> members.belongs(platformId, programmeId, batch)), scheme);
        PublicationPolicy.requireAmounts(command, failedDecision,
                results.stream().anyMatch(r -> r.grade() == Grade.EXCELLENT));
        PublicationPolicy.requireDecisionsAccepted(command, results, facts(), failedDecision,
                PublicationPolicy.decidedOn(command.decidedOn(), clock), decisions);
        apply(new EvaluationPublicationProposedEvent(roundId, command.proposalId(), command.proposedBy(),
                command.knownAt(), results, command.rewardAmount(), failedDecision, command.reductionAmount(),
                command.decidedOn()));
        return result(command.proposalId());
    }

    /**
     * Publishes the pending proposal {@code proposalId} once another administrator than its proposer approves it;
     * answers what was proposed, for {@link EvaluationPublication} to append to each platform of the results in the
     * same unit of work.
     */
    EvaluationPublicationProposedEvent approve(ApproveEvaluationPublicationCommand command) {
        requireReachedBy(command.scope());
        if (published) {
            throw new LedgerRuleException(ErrorCode.ROUND_ALREADY_PUBLISHED, "roundId",
                    "round " + roundId + " was published already");
        }
        EvaluationPublicationProposedEvent proposal = pending(command.proposalId());
        if (proposal.proposedBy().equals(command.approvedBy())) {
            throw new LedgerRuleException(ErrorCode.FOUR_EYES_REQUIRED, "approvedBy",
                    "a publication is approved by another province administrator than " + proposal.proposedBy());
        }
        apply(new EvaluationRoundPublishedEvent(roundId, proposal.proposalId(), proposal.proposedBy(),
                command.approvedBy(), proposal.knownAt()), MetaData.with(EventMetadataKeys.PROPOSED_BY,
                proposal.proposedBy()).and(EventMetadataKeys.APPROVED_BY, command.approvedBy())
                .and(EventMetadataKeys.PROPOSAL_ID, proposal.proposalId()));
        return proposal;
    }

    /** Only its proposer withdraws a proposal: another administrator approves it, or leaves it. */
    @CommandHandler
    public CommandResult handle(WithdrawEvaluationPublicationCommand command) {
        requireReachedBy(command.scope());
        EvaluationPublicationProposedEvent proposal = pending(command.proposalId());
        if (!proposal.proposedBy().equals(command.withdrawnBy())) {
            throw new LedgerRuleException(ErrorCode.ACCESS_DENIED, "withdrawnBy",
                    "only its proposer " + proposal.proposedBy() + " withdraws a proposal to publish");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw new LedgerRuleException(ErrorCode.REASON_REQUIRED, "reason", "a withdrawal gives its reason");
        }
        apply(new EvaluationPublicationWithdrawnEvent(roundId, command.proposalId(), command.withdrawnBy(),
                command.reason()));
        return result(command.proposalId());
    }

    /** What the publication appends to each platform needs from the round. */
    RoundFacts facts() {
        return new RoundFacts(roundId, programmeId, kind, year, batch, referenceDate, scheme);
    }

    /** The round's identity and scope, as the publication writes them onto each platform. */
    record RoundFacts(String roundId, String programmeId, RoundKind kind, int year, Integer batch,
                      LocalDate referenceDate, EvaluationScheme scheme) {
    }

    CommandResult result(String entryId) {
        return new CommandResult(null, null, entryId, getVersion());
    }

    private EvaluationPublicationProposedEvent pending(String proposalId) {
        if (published) {
            throw new LedgerRuleException(ErrorCode.ROUND_ALREADY_PUBLISHED, "roundId",
                    "round " + roundId + " was published already");
        }
        if (pending == null || !pending.proposalId().equals(proposalId)) {
            throw new LedgerRuleException(ErrorCode.UNKNOWN_PROPOSAL, "proposalId",
                    "no pending proposal " + proposalId + " on round " + roundId);
        }
        return pending;
    }

    /** A user scoped to another programme is told the round does not exist, as for that programme's platforms. */
    private void requireReachedBy(String scope) {
        if (scope != null && !scope.equals(programmeId)) {
            throw new LedgerRuleException(ErrorCode.ROUND_NOT_FOUND, "roundId", "no evaluation round " + roundId);
        }
    }

    private void requireOpen() {
        if (published) {
            throw new LedgerRuleException(ErrorCode.ROUND_NOT_OPEN, "roundId",
                    "round " + roundId + " is published: it takes no more scores or proposals");
        }
        if (pending != null) {
            throw new LedgerRuleException(ErrorCode.ROUND_NOT_OPEN, "roundId", "round " + roundId
                    + " has a pending proposal to publish (" + pending.proposalId() + "): approve or withdraw it first");
        }
    }

    private List<String> panelCodes() {
        return scheme.itemsOf(ItemKind.PANEL).stream().map(SchemeItem::code).toList();
    }

    static LedgerRuleException notInRound(String field, String platformId) {
        return new LedgerRuleException(ErrorCode.PLATFORM_NOT_IN_ROUND, field, "platform " + platformId
                + " is not in this round: unknown, of another programme or batch, not approved, rejected or terminated");
    }

    // --- event sourcing: assignments only ---

    @EventSourcingHandler
    void on(EvaluationRoundOpenedEvent event, @Timestamp Instant recordedAt) {
        roundId = event.roundId();
        programmeId = event.programmeId();
        kind = event.kind();
        year = event.year();
        batch = event.batch();
        referenceDate = event.referenceDate();
        scheme = EvaluationSchemes.find(event.schemeId(), event.schemeVersion()).orElseThrow();
        openedAt = recordedAt;
    }

    @EventSourcingHandler
    void on(PanelScoreRecordedEvent event) {
        panel.recorded(event.platformId(), event.itemCode(), event.centipoints());
    }

    @EventSourcingHandler
    void on(EvaluationPublicationProposedEvent event) {
        proposalIds.add(event.proposalId());
        pending = event;
    }

    @EventSourcingHandler
    void on(EvaluationPublicationWithdrawnEvent event) {
        pending = null;
    }

    @EventSourcingHandler
    void on(EvaluationRoundPublishedEvent event) {
        pending = null;
        published = true;
    }
}
