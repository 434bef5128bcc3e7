package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.AgreementParty;
import cn.jsedu.ledger.kernel.platform.PartyRole;
import cn.jsedu.ledger.kernel.platform.Pledge;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

public record AgreementRequest(@Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String agreementId,
                               @NotNull LocalDate signedOn,
                               @NotEmpty @Size(max = 50) List<@NotNull @Valid PartyRequest> parties,
                               @NotNull @Size(max = 200) List<@NotNull @Valid PledgeRequest> pledges,
                               @NotBlank @PlainText String termsRef) {

    public record PartyRequest(@NotBlank @Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String partyId,
                               @NotBlank @PlainText String name,
                               @CreditCodeText String creditCode,
                               @NotNull PartyRole role) {

        AgreementParty toParty() {
            return new AgreementParty(partyId, name, creditCode, role);
        }
    }

    public record PledgeRequest(@NotBlank @Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String partyId,
                                @NotNull FundingSource source,
                                @NotNull ContributionForm form,
                                @NotNull @Pattern(regexp = Shapes.MONEY, message = Shapes.MONEY_MESSAGE) String amount) {

        Pledge toPledge() {
            return new Pledge(partyId, source, form, Money.parse(amount));
        }
    }

    public List<AgreementParty> toParties() {
        return parties.stream().map(PartyRequest::toParty).toList();
    }

    public List<Pledge> toPledges() {
        return pledges.stream().map(PledgeRequest::toPledge).toList();
    }
}
