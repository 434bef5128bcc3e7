package cn.jsedu.ledger.command.web.request;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One panel score: a PANEL item of the round's scheme, in centipoints (0..the item's full weight × 100, which the
 * round checks), with the panel's remarks (1-2000 characters without control characters, as PlainText).
 */
public record PanelScoreRequest(@NotBlank @Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String platformId,
                                @NotBlank @Pattern(regexp = Shapes.ITEM_CODE, message = Shapes.ITEM_CODE_MESSAGE)
                                String itemCode,
                                @NotNull @Min(0) @Max(10_000) Integer centipoints,
                                @NotBlank @Size(max = 2000)
                                @Pattern(regexp = Shapes.NO_CONTROL, message = Shapes.NO_CONTROL_MESSAGE)
                                String remarks) {
}
