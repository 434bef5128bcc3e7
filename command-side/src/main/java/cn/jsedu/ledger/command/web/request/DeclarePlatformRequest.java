package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** {@code programmeId}: the programme the platform is declared in; without it, the user's own or the default one. */
public record DeclarePlatformRequest(@Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String platformId,
                                     @Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String programmeId,
                                     @NotNull @Valid CollegeRequest college,
                                     @NotBlank @PlainText String majorGroup,
                                     @NotBlank @PlainText String industry,
                                     @NotBlank @PlainText String title,
                                     @NotEmpty @Size(max = 50) List<@NotNull @Valid EnterpriseRequest> enterprises,
                                     @NotEmpty @Size(max = 500) List<@NotNull @Valid PlanLineRequest> plan) {

    public record CollegeRequest(@NotBlank @Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String code,
                                 @NotBlank @PlainText String name,
                                 @Size(max = 100) @PlainText String city) {
    }

    public record EnterpriseRequest(@NotBlank @Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String partyId,
                                    @NotBlank @PlainText String name,
                                    @NotBlank @CreditCodeText String creditCode) {
    }
}
