package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.api.view.ParameterChangeView;
import cn.jsedu.ledger.console.api.view.ProgrammeProposalView;
import cn.jsedu.ledger.console.api.view.ProgrammeRulesView;
import cn.jsedu.ledger.console.words.ParameterWords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One programme on the rules page (issue 15 part 4, ADR 0019): the parameters in force today, the rule changes waiting
 * for a second administrator, and every rule change in
 * order of effective date with each parameter it set, before → after, who proposed and who approved it, when it was
 * recorded and why. "Before" is the value in force the day before the change took effect as recorded now (the
 * previous step of the API's history), so a change recorded later with an earlier effective date is counted in it.
 */
public record ProgrammeRules(ProgrammeRulesView programme, List<Parameter> inForce, List<Change> history,
                             List<PendingChange> pending) {

    /** A parameter in force, in words. */
    public record Parameter(String name, String label, String value) {
    }

    /** What a rule change did to one parameter. */
    public record Difference(String name, String label, String before, String after) {
    }

    /**
     * One approved rule change; {@code pending} when it takes effect after the page's day. Who and why are null when
     * the API's list of changes has no entry for the step (the two are read one after the other).
     */
    public record Change(LocalDate effectiveFrom, boolean pending, Instant recordedAt, List<Difference> differences,
                         String proposedBy, String approvedBy, String reason, String decisionRef, String eventId) {
    }

    /**
     * A rule change proposed and not yet approved (four eyes): each parameter it would set, in force today → proposed,
     * from when, why, on which decision, and who proposed it when.
     */
    public record PendingChange(String proposalId, LocalDate effectiveFrom, List<Difference> differences,
                                String reason, String decisionRef, String proposedBy, Instant proposedAt) {
    }

    public static ProgrammeRules of(ProgrammeRulesView view, List<ParameterChangeView> recorded,
                                    List<ProgrammeProposalView> proposals, ParameterWords words, Locale locale) {
        List<PendingChange> pending = proposals.stream().filter(ProgrammeProposalView::pendingRuleChange)
                .map(p -> new PendingChange(p.proposalId(), p.effectiveFrom(),
                        ParameterWords.order(p.changes().keySet()).stream()
                                .map(n -> new Difference(n, words.label(n, locale),
                                        words.value(n, view.inForce().get(n), locale),
                                        words.value(n, TextNode.valueOf(p.changes().get(n)), locale)))
                                .toList(),
                        p.reason(), p.decisionRef(), p.proposedBy(), p.proposedAt()))
                .toList();
        return new ProgrammeRules(view, inForce(view, words, locale), history(view, recorded, words, locale), pending);
    }

    private static List<Parameter> inForce(ProgrammeRulesView view, ParameterWords words, Locale locale) {
        return ParameterWords.order(view.inForce().keySet()).stream()
                .map(n -> new Parameter(n, words.label(n, locale), words.value(n, view.inForce().get(n), locale)))
                .toList();
    }

    private static List<Change> history(ProgrammeRulesView view, List<ParameterChangeView> recorded,
                                        ParameterWords words, Locale locale) {
        List<ParameterChangeView> unmatched = new ArrayList<>(recorded);
        List<Change> history = new ArrayList<>();
        List<ProgrammeRulesView.Step> steps = view.history();
        for (int i = 1; i < steps.size(); i++) {
            ProgrammeRulesView.Step step = steps.get(i);
            Map<String, JsonNode> before = steps.get(i - 1).parameters();
            List<Difference> differences = ParameterWords.order(step.changes().keySet()).stream()
                    .map(n -> new Difference(n, words.label(n, locale), words.value(n, before.get(n), locale),
                            words.value(n, step.parameters().get(n), locale)))
                    .toList();
            ParameterChangeView who = unmatched.stream()
                    .filter(c -> Objects.equals(c.effectiveFrom(), step.effectiveFrom())
                            && Objects.equals(c.recordedAt(), step.recordedAt()))
                    .findFirst().orElse(null);
            unmatched.remove(who);
            boolean pending = view.asOf() != null && step.effectiveFrom() != null
                    && step.effectiveFrom().isAfter(view.asOf());
            history.add(who == null
                    ? new Change(step.effectiveFrom(), pending, step.recordedAt(), differences, null, null, null, null, null)
                    : new Change(step.effectiveFrom(), pending, step.recordedAt(), differences, who.proposedBy(),
                    who.approvedBy(), who.reason(), who.decisionRef(), who.eventId()));
        }
        return history;
    }
}
