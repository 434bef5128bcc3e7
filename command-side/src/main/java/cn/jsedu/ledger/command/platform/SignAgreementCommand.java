package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.id.AgreementId;
import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.platform.AgreementParty;
import cn.jsedu.ledger.kernel.platform.Pledge;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record SignAgreementCommand(@TargetAggregateIdentifier PlatformId platformId, AgreementId agreementId,
                                   LocalDate signedOn, List<AgreementParty> parties, List<Pledge> pledges,
                                   String termsRef) {
}
