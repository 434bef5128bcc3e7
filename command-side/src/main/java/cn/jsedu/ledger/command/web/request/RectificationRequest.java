package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** 整改: what the college did about the finding, with evidence documents uploaded to the platform (optional). */
public record RectificationRequest(@NotBlank @PlainText String text,
                                   @Size(max = 50) List<@NotNull @Pattern(regexp = Shapes.SHA256,
                                           message = Shapes.SHA256_MESSAGE) String> documents) {
}
