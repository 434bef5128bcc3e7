package cn.jsedu.ledger.command.evaluation;

import cn.jsedu.ledger.command.platform.LedgerRuleException;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.evaluation.EvaluationResult;
import cn.jsedu.ledger.kernel.evaluation.EvaluationScheme;
import cn.jsedu.ledger.kernel.evaluation.ItemKind;
import cn.jsedu.ledger.kernel.evaluation.ItemScore;
import cn.jsedu.ledger.kernel.evaluation.SchemeItem;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.ProposedDecision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules a proposal to publish a round's results meets (ADR 0026): which platforms, which scores, which knownAt,
 * and the amounts of the decisions the grades lead to. Fields are named as the client sent them
 * ({@code results[2].objective}), so the problem detail points at the culprit.
 */
final class PublicationPolicy {

    private PublicationPolicy() {
    }

    /** The objective scores were computed as known at a past instant, no earlier than the round's opening. */
    static void requireKnownAt(Instant knownAt, Instant openedAt, Clock clock) {
        if (knownAt == null || knownAt.isAfter(clock.instant())) {
            throw new LedgerRuleException(ErrorCode.VALIDATION_FAILED, "knownAt",
                    "knownAt is the past instant the objective scores were computed as known at");
        }
        if (openedAt != null && knownAt.isBefore(openedAt)) {
            throw new LedgerRuleException(ErrorCode.VALIDATION_FAILED, "knownAt",
                    "knownAt lies before the round was opened (" + openedAt + ")");
        }
    }

    /** WITHDRAW_KEY_SUPPORT unless REDUCE_SUPPORT is asked for; no other decision follows a failed evaluation. */
    static DecisionType failedDecision(ProposeEvaluationPublicationCommand command) {
        DecisionType type = command.failedDecision() == null ? DecisionType.WITHDRAW_KEY_SUPPORT
                : command.failedDecision();
        if (type != DecisionType.WITHDRAW_KEY_SUPPORT && type != DecisionType.REDUCE_SUPPORT) {
            throw new LedgerRuleException(ErrorCode.VALIDATION_FAILED, "failedDecision",
                    "a failed evaluation leads to WITHDRAW_KEY_SUPPORT or REDUCE_SUPPORT");
        }
        return type;
    }

    /**
     * The results' platforms with their scores in the scheme's order: each platform once and in the round, exactly the
     * scheme's objective items each within 0..full, every panel item scored; and no platform of the round with panel
     * scores left out (one no longer in the round, terminated since it was scored say, is left out).
     */
    static List<RoundResults.Scored> scored(List<ProposeEvaluationPublicationCommand.ProposedResult> results,
                                            EvaluationScheme scheme, PanelScores panel, Predicate<String> inRound) {
        if (results.isEmpty() || results.size() > EvaluationRound.RESULTS_MAX) {
            throw new LedgerRuleException(ErrorCode.VALIDATION_FAILED, "results",
                    "a publication lists 1-" + EvaluationRound.RESULTS_MAX + " platforms");
        }
        Set<String> seen = new HashSet<>();
        List<RoundResults.Scored> scored = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            ProposeEvaluationPublicationCommand.ProposedResult result = results.get(i);
            String field = "results[" + i + "]";
            if (!seen.add(result.platformId())) {
                throw new LedgerRuleException(ErrorCode.VALIDATION_FAILED, field + ".platformId",
                        "platform " + result.platformId() + " is listed twice");
            }
            List<ItemScore> objective = objective(result.objective(), scheme, field + ".objective");
            if (!inRound.test(result.platformId())) {
                throw EvaluationRound.notInRound(field + ".platformId", result.platformId());
            }
            panel.firstMissing(result.platformId(), scheme).ifPresent(item -> {
                throw new LedgerRuleException(ErrorCode.PANEL_SCORES_MISSING, field + ".platformId",
                        "platform " + result.platformId() + " has no panel score for " + item.code());
            });
            scored.add(new RoundResults.Scored(result.platformId(), objective, panel.of(result.platformId(), scheme)));
        }
        for (String platform : panel.platforms()) {
            // a platform scored and since terminated (or otherwise gone from the round) is left out, not a blocker
            if (!seen.contains(platform) && inRound.test(platform)) {
                throw new LedgerRuleException(ErrorCode.PANEL_SCORES_MISSING, "results",
                        "platform " + platform + " has panel scores but is left out of the results");
            }
        }
        return scored;
    }

    /** Exactly the scheme's OBJECTIVE items, each once and within 0..its full centipoints, in the scheme's order. */
    private static List<ItemScore> objective(List<ItemScore> sent, EvaluationScheme scheme, String field) {
        Map<String, Integer> byCode = new HashMap<>();
        for (ItemScore score : sent) {
            SchemeItem item = scheme.item(score.code()).filter(i -> i.kind() == ItemKind.OBJECTIVE).orElseThrow(
                    () -> new LedgerRuleException(ErrorCode.OBJECTIVE_SCORES_INVALID, field,
                            score.code() + " is no objective item of the round's scheme"));
            if (byCode.put(item.code(), score.centipoints()) != null) {
                throw new LedgerRuleException(ErrorCode.OBJECTIVE_SCORES_INVALID, field, item.code() + " is listed twice");
            }
            if (score.centipoints() < 0 || score.centipoints() > item.fullCentipoints()) {
                throw new LedgerRuleException(ErrorCode.OBJECTIVE_SCORES_INVALID, field,
                        item.code() + " is scored from 0 to " + item.fullCentipoints() + " centipoints");
            }
        }
        List<SchemeItem> items = scheme.itemsOf(ItemKind.OBJECTIVE);
        for (SchemeItem item : items) {
            if (!byCode.containsKey(item.code())) {
                throw new LedgerRuleException(ErrorCode.OBJECTIVE_SCORES_INVALID, field, item.code() + " is missing");
            }
        }
        return items.stream().map(i -> new ItemScore(i.code(), byCode.get(i.code()))).toList();
    }

    /**
     * An EXCELLENT result is rewarded by {@code rewardAmount}; REDUCE_SUPPORT reduces by {@code reductionAmount}, and
     * WITHDRAW_KEY_SUPPORT carries none. Amounts are positive (the platform checks them again as decision amounts).
     */
    static void requireAmounts(ProposeEvaluationPublicationCommand command, DecisionType failedDecision,
                               boolean anyExcellent) {
        if (anyExcellent && command.rewardAmount() == null) {
            throw new LedgerRuleException(ErrorCode.DECISION_AMOUNT_REQUIRED, "rewardAmount",
                    "an EXCELLENT result is rewarded: name the rewardAmount");
        }
        positive(command.rewardAmount(), "rewardAmount");
        if (failedDecision == DecisionType.REDUCE_SUPPORT && command.reductionAmount() == null) {
            throw new LedgerRuleException(ErrorCode.DECISION_AMOUNT_REQUIRED, "reductionAmount",
                    "REDUCE_SUPPORT names the reductionAmount");
        }
        if (failedDecision == DecisionType.WITHDRAW_KEY_SUPPORT && command.reductionAmount() != null) {
            throw new LedgerRuleException(ErrorCode.DECISION_AMOUNT_INVALID, "reductionAmount",
                    "WITHDRAW_KEY_SUPPORT carries no amount");
        }
        positive(command.reductionAmount(), "reductionAmount");
    }

    private static void positive(Money amount, String field) {
        if (amount != null && !amount.isPositive()) {
            throw new LedgerRuleException(ErrorCode.AMOUNT_OUT_OF_RANGE, field, field + " is more than 0");
        }
    }

    /** The earliest date a decision of a round may bear, as a round's year starts at 2000. */
    private static final LocalDate DECIDED_ON_MIN = LocalDate.of(2000, 1, 1);

    /**
     * The date of the decisions the grades lead to: the one sent, not after today (DATE_IN_FUTURE) nor before 2000,
     * or, when none is sent, today (the approval, on this day or later, dates them on its own day; the platforms judge
     * that date again then).
     */
    static LocalDate decidedOn(LocalDate sent, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (sent == null) {
            return today;
        }
        if (sent.isAfter(today)) {
            throw new LedgerRuleException(ErrorCode.DATE_IN_FUTURE, "decidedOn", "decidedOn " + sent + " is in the future");
        }
        if (sent.isBefore(DECIDED_ON_MIN)) {
            throw new LedgerRuleException(ErrorCode.VALIDATION_FAILED, "decidedOn",
                    "decidedOn " + sent + " lies before " + DECIDED_ON_MIN);
        }
        return sent;
    }

    /**
     * Each platform whose grade leads to a decision accepts it by its own decision rules (the rules of a decision
     * proposed by hand: status, date within its settlement window, reduction within its planned provincial funds…),
     * so the proposal is refused now rather than its approval later. The refusal keeps the rule's code and names the
     * request's field: {@code decidedOn}, {@code rewardAmount} / {@code reductionAmount}, else the platform's
     * {@code results[i].platformId}; its detail names the platform.
     */
    static void requireDecisionsAccepted(ProposeEvaluationPublicationCommand command, List<EvaluationResult> results,
                                         EvaluationRound.RoundFacts facts, DecisionType failedDecision,
                                         LocalDate decidedOn, PlatformDecisions decisions) {
        List<String> sent = command.results().stream()
                .map(ProposeEvaluationPublicationCommand.ProposedResult::platformId).toList();
        for (EvaluationResult result : results) {
            ProposedDecision decision = EvaluationPublication.decision(facts, result, command.rewardAmount(),
                    failedDecision, command.reductionAmount(), decidedOn);
            if (decision == null) {
                continue;
            }
            try {
                decisions.requireAccepted(result.platformId(), decision, facts.roundId());
            } catch (LedgerRuleException refused) {
                throw new LedgerRuleException(refused.code(), fieldOf(refused.field(), decision.type(),
                        sent.indexOf(result.platformId())), "platform " + result.platformId() + " refuses the "
                        + decision.type() + " decision its grade " + result.grade() + " leads to, dated "
                        + decision.decidedOn() + ": " + refused.getMessage());
            }
        }
    }

    private static String fieldOf(String platformField, DecisionType type, int index) {
        if ("decidedOn".equals(platformField)) {
            return "decidedOn";
        }
        if ("amount".equals(platformField)) {
            return type == DecisionType.REWARD ? "rewardAmount" : "reductionAmount";
        }
        return "results[" + index + "].platformId";
    }
}
