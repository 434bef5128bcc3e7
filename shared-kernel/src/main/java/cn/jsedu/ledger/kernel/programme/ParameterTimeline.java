package cn.jsedu.ledger.kernel.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A programme's parameters over time (docs/domain.md §9 "Rules as events"): the set it was established with, and every
 * rule change since, each with the day it takes effect and the moment the ledger recorded it. The one answer to "which
 * parameters were in force on day D, as known at time T" ({@link #inForce(LocalDate, Instant)}), for the command side's
 * rules and every query alike.
 *
 * <p>A change sets some parameters from its effective date on and leaves the others as they are then, so a change of
 * one parameter never undoes another's: the set in force on D is the established set with every change effective on or
 * before D applied in order of effective date (changes effective on the same day in the order they were recorded). As
 * known at T, only the changes recorded by T count; the established set counts whatever T is, because it is what the
 * programme judged by from its start (for the default programme: the deployment's configuration, which judged
 * everything before rules became events).
 *
 * @param base    the parameters the programme was established with, in force until the first change
 * @param changes the rule changes, in the order they apply (effective date, then recording time)
 */
public record ParameterTimeline(ProgrammeParameters base, List<Change> changes) {

    private static final Comparator<Change> ORDER = Comparator.comparing(Change::effectiveFrom)
            .thenComparing(Change::recordedAt);

    /**
     * One recorded rule change.
     *
     * @param effectiveFrom the first day the changed parameters are in force
     * @param recordedAt    when the ledger recorded the change (the approval of its proposal)
     * @param values        the parameters it sets
     */
    public record Change(LocalDate effectiveFrom, Instant recordedAt, ParameterChanges values) {

        public Change {
            Objects.requireNonNull(effectiveFrom);
            Objects.requireNonNull(recordedAt);
            Objects.requireNonNull(values);
        }
    }

    /**
     * One step of the timeline as a reader sees it: from {@code effectiveFrom} on (null for the established set, in
     * force from the start), {@code parameters} are in force, as far as later steps do not change them.
     */
    public record Step(LocalDate effectiveFrom, Instant recordedAt, ParameterChanges changes,
                       ProgrammeParameters parameters) {
    }

    public ParameterTimeline {
        Objects.requireNonNull(base);
        changes = changes.stream().sorted(ORDER).toList();
    }

    /** A programme just established with {@code base}. */
    public static ParameterTimeline of(ProgrammeParameters base) {
        return new ParameterTimeline(base, List.of());
    }

    /** This timeline with one more change (not checked: see {@link #requireValidFrom}). */
    public ParameterTimeline with(Change change) {
        List<Change> all = new ArrayList<>(changes);
        all.add(change);
        return new ParameterTimeline(base, all);
    }

    /** The parameters in force on {@code date} as known at {@code knownAt} (null: everything recorded). */
    public ProgrammeParameters inForce(LocalDate date, Instant knownAt) {
        ProgrammeParameters inForce = base;
        for (Change change : changes) {
            if (change.effectiveFrom().isAfter(date)) {
                break;
            }
            if (knownAt == null || !change.recordedAt().isAfter(knownAt)) {
                inForce = inForce.with(change.values());
            }
        }
        return inForce;
    }

    /** The parameters in force on {@code date}, with every change recorded. */
    public ProgrammeParameters inForce(LocalDate date) {
        return inForce(date, null);
    }

    /** The timeline as the ledger knew it at {@code knownAt}: only the changes recorded by then (null: all). */
    public ParameterTimeline asKnownAt(Instant knownAt) {
        return knownAt == null ? this : new ParameterTimeline(base,
                changes.stream().filter(c -> !c.recordedAt().isAfter(knownAt)).toList());
    }

    /**
     * Checks every parameter set in force from {@code from} on: a change is valid on its own, but must also leave a
     * valid set with the changes effective after it (each sets only its own parameters).
     *
     * @throws InvalidParameterException naming the first parameter that is not
     */
    public void requireValidFrom(LocalDate from) {
        inForce(from);
        changes.stream().map(Change::effectiveFrom).filter(d -> d.isAfter(from)).distinct().forEach(this::inForce);
    }

    /** The established set, then each change with the set in force from its effective date on. */
    public List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(null, null, null, base));
        ProgrammeParameters inForce = base;
        for (Change change : changes) {
            inForce = inForce.with(change.values());
            steps.add(new Step(change.effectiveFrom(), change.recordedAt(), change.values(), inForce));
        }
        return steps;
    }

    /**
     * The days a query may name for this programme: from the earliest first day of the programme's window under any of
     * its parameter sets to {@link ProgrammeParameters#LAST_QUERY_DAY}.
     */
    public DateWindow queryWindow() {
        LocalDate first = steps().stream().map(s -> s.parameters().queryWindow().from())
                .min(Comparator.naturalOrder()).orElseThrow();
        return new DateWindow("queries", first, ProgrammeParameters.LAST_QUERY_DAY);
    }
}
