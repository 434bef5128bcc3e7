package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.kernel.platform.DecisionType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A proposal to publish a round's results (four eyes): per platform the objective scores as the query side computed
 * them (the round's evaluation-ranking at its reference date) as known at {@code knownAt}. {@code failedDecision}:
 * WITHDRAW_KEY_SUPPORT (default) or REDUCE_SUPPORT with {@code reductionAmount}; {@code rewardAmount} is needed when
 * a result grades EXCELLENT. Amounts are decimal strings in yuan. {@code decidedOn} dates the decisions the grades
 * lead to (default: the day the publication is approved); each such platform's decision rules (its settlement window)
 * must accept it when proposed.
 */
public record PublicationRequest(@Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String proposalId,
                                 @NotNull Instant knownAt,
                                 @NotEmpty @Size(max = 500) List<@NotNull @Valid ResultRequest> results,
                                 @Pattern(regexp = Shapes.MONEY, message = Shapes.MONEY_MESSAGE) String rewardAmount,
                                 DecisionType failedDecision,
                                 @Pattern(regexp = Shapes.MONEY, message = Shapes.MONEY_MESSAGE) String reductionAmount,
                                 LocalDate decidedOn) {

    public record ResultRequest(@NotBlank @Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String platformId,
                                @NotNull @Size(max = 20) List<@NotNull @Valid ItemScoreRequest> objective) {
    }

    public record ItemScoreRequest(@NotBlank @Pattern(regexp = Shapes.ITEM_CODE, message = Shapes.ITEM_CODE_MESSAGE)
                                   String code,
                                   @NotNull @Min(0) @Max(10_000) Integer centipoints) {
    }
}
