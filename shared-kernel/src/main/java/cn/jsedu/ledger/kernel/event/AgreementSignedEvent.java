package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.platform.AgreementParty;
import cn.jsedu.ledger.kernel.platform.Pledge;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** 共建协议: a co-construction agreement with its parties and their pledges. */
@Revision("1")
public record AgreementSignedEvent(String platformId, String agreementId, LocalDate signedOn,
                                   List<AgreementParty> parties, List<Pledge> pledges, String termsRef)
        implements PlatformEvent {
}
