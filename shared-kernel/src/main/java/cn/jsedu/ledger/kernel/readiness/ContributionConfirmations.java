package cn.jsedu.ledger.kernel.readiness;

import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.ContributionConfirmedEvent;
import cn.jsedu.ledger.kernel.event.ContributionDisputedEvent;
import cn.jsedu.ledger.kernel.event.EnterpriseContributionRecordedEvent;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.money.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The enterprise contributions of one platform and what their enterprises said of them (docs/domain.md §8,
 * ADR 0022): the one fold from events to confirmation states, used by the aggregate (who may confirm what, the
 * acceptance gate), the query side's read model and the readiness checklist.
 *
 * <p>A confirmation or dispute speaks of the amount in force when it was given: a later correction of the
 * contribution's amount makes it {@link State#UNCONFIRMED} again, as the enterprise has not seen the new amount.
 * Immutable; each fold returns a new value.
 */
public record ContributionConfirmations(Map<String, Contribution> byEntry) {

    public static final ContributionConfirmations NONE = new ContributionConfirmations(Map.of());

    /** What an enterprise said of a contribution in its name. */
    public enum State {
        /** Recorded by the college; the enterprise has said nothing of its current amount. */
        UNCONFIRMED,
        /** The enterprise confirmed the amount in force. */
        CONFIRMED,
        /** The enterprise disputes the amount in force, with a reason. */
        DISPUTED
    }

    /**
     * One contribution: its amount in force (0 when voided), what its enterprise last said and of which amount.
     *
     * @param statedAmount the amount the last confirmation or dispute spoke of; null while none was given
     * @param eventIds     the contribution's recording and the enterprise's last answer
     */
    public record Contribution(String entryId, String partyId, Money amount, LocalDate effectiveDate,
                               State stated, Money statedAmount, String reason, List<String> eventIds) {

        public Contribution {
            eventIds = List.copyOf(eventIds);
        }

        /** UNCONFIRMED unless the enterprise's last answer speaks of the amount in force. */
        public State state() {
            return stated != null && amount.equals(statedAmount) ? stated : State.UNCONFIRMED;
        }

        Contribution withAmount(Money newAmount) {
            return new Contribution(entryId, partyId, newAmount, effectiveDate, stated, statedAmount, reason, eventIds);
        }

        Contribution withAnswer(State answer, Money of, String why, String eventId) {
            return new Contribution(entryId, partyId, amount, effectiveDate, answer, of, why,
                    List.of(eventIds.get(0), eventId));
        }
    }

    public ContributionConfirmations {
        byEntry = Map.copyOf(byEntry);
    }

    public Optional<Contribution> find(String entryId) {
        return Optional.ofNullable(byEntry.get(entryId));
    }

    /** The contributions with an amount (not voided) effective on or before {@code asOf}, by date and id. */
    public List<Contribution> inForceBy(LocalDate asOf) {
        return byEntry.values().stream().filter(c -> c.amount().isPositive() && !c.effectiveDate().isAfter(asOf))
                .sorted(Comparator.comparing(Contribution::effectiveDate).thenComparing(Contribution::entryId)).toList();
    }

    /** Every contribution, voided ones included, by date and id. */
    public List<Contribution> all() {
        List<Contribution> all = new ArrayList<>(byEntry.values());
        all.sort(Comparator.comparing(Contribution::effectiveDate).thenComparing(Contribution::entryId));
        return all;
    }

    public ContributionConfirmations recorded(EnterpriseContributionRecordedEvent e, String eventId) {
        return with(new Contribution(e.entryId(), e.partyId(), e.amount(), e.effectiveDate(), null, null, null,
                List.of(eventId)));
    }

    /** A correction of a contribution changes its amount in force; corrections of other entries change nothing. */
    public ContributionConfirmations corrected(AdjustmentRecordedEvent e) {
        Contribution c = byEntry.get(e.originalEntryId());
        if (e.originalKind() != EntryKind.ENTERPRISE_CONTRIBUTION || c == null) {
            return this;
        }
        return with(c.withAmount(e.correctedAmount()));
    }

    public ContributionConfirmations confirmed(ContributionConfirmedEvent e, String eventId) {
        return answered(e.entryId(), State.CONFIRMED, e.amount(), null, eventId);
    }

    public ContributionConfirmations disputed(ContributionDisputedEvent e, String eventId) {
        return answered(e.entryId(), State.DISPUTED, e.amount(), e.reason(), eventId);
    }

    private ContributionConfirmations answered(String entryId, State answer, Money amount, String reason, String eventId) {
        Contribution c = byEntry.get(entryId);
        return c == null ? this : with(c.withAnswer(answer, amount, reason, eventId));
    }

    private ContributionConfirmations with(Contribution c) {
        Map<String, Contribution> next = new LinkedHashMap<>(byEntry);
        next.put(c.entryId(), c);
        return new ContributionConfirmations(next);
    }
}
