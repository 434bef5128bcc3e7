package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;
import cn.jsedu.ledger.kernel.finding.FindingCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * An auditor's finding: {@code evidenceEventIds} are ids of the platform's events, {@code documents} hashes of
 * evidence documents uploaded to it; both optional.
 */
public record FindingRequest(@Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String findingId,
                             @NotNull FindingCategory category,
                             @NotBlank @PlainText String text,
                             @Size(max = 50) List<@NotNull @Pattern(regexp = Shapes.EVENT_ID,
                                     message = Shapes.EVENT_ID_MESSAGE) String> evidenceEventIds,
                             @Size(max = 50) List<@NotNull @Pattern(regexp = Shapes.SHA256,
                                     message = Shapes.SHA256_MESSAGE) String> documents,
                             @NotNull LocalDate deadline) {
}
