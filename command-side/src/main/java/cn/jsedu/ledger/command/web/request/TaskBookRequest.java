package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;
import cn.jsedu.ledger.kernel.indicator.IndicatorValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The indicator targets (任务书); {@code reason} is required for a revision. {@code budget} (optional) declares the
 * budget by category and year with the task book, once; afterwards only a plan revision changes it.
 */
public record TaskBookRequest(@NotEmpty @Size(max = 200) List<@NotNull @Valid IndicatorValueRequest> targets,
                              @PlainText String reason,
                              @NotBlank @PlainText String decisionRef,
                              @Size(max = 200) List<@NotNull @Valid BudgetLineRequest> budget) {

    public record IndicatorValueRequest(@NotBlank @Size(max = 64) @PlainText String code,
                                        @NotBlank @Size(max = 32) @PlainText String value) {

        public IndicatorValue toValue() {
            return new IndicatorValue(code, value);
        }
    }

    public List<IndicatorValue> toTargets() {
        return targets.stream().map(IndicatorValueRequest::toValue).toList();
    }
}
