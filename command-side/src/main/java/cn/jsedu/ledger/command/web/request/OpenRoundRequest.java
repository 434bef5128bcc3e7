package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.kernel.evaluation.RoundKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;

/**
 * Opens an evaluation round (ADR 0026). {@code roundId} defaults to {@code EVAL-<programme>-<year>-<kind>-<ALL|B<n>>};
 * {@code programmeId} to the user's programme, else the default one; {@code batch} absent means every batch;
 * {@code referenceDate} lies within {@code year}; {@code schemeVersion} defaults to the current scheme's.
 */
public record OpenRoundRequest(@Pattern(regexp = Shapes.ROUND_ID, message = Shapes.ROUND_ID_MESSAGE) String roundId,
                               @Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String programmeId,
                               @NotNull RoundKind kind,
                               @NotNull @Min(2000) @Max(2100) Integer year,
                               @Min(1) @Max(99) Integer batch,
                               @NotNull LocalDate referenceDate,
                               @Min(1) @Max(999) Integer schemeVersion) {
}
