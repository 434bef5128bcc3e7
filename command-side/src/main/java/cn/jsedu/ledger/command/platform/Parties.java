package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.platform.AgreementParty;
import cn.jsedu.ledger.kernel.platform.EnterpriseParty;
import cn.jsedu.ledger.kernel.platform.PartyRole;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The platform's parties: the enterprises it declared and the parties of its signed agreements, by role. */
final class Parties {

    private Set<String> declaredEnterprises = new HashSet<>();
    private Map<String, PartyRole> agreementRoles = new HashMap<>();
    /** The credit code each enterprise was last given (declaration, then agreements): whose representative answers. */
    private Map<String, String> creditCodes = new HashMap<>();

    void declared(List<EnterpriseParty> enterprises) {
        enterprises.forEach(e -> {
            declaredEnterprises.add(e.partyId());
            creditCodes.put(e.partyId(), e.creditCode());
        });
    }

    void signed(List<AgreementParty> parties) {
        parties.forEach(p -> {
            agreementRoles.put(p.partyId(), p.role());
            if (p.creditCode() != null) {
                creditCodes.put(p.partyId(), p.creditCode());
            }
        });
    }

    /** The unified social credit code of an enterprise party; null for a party without one. */
    String creditCodeOf(String partyId) {
        return creditCodes.get(partyId);
    }

    /** Plan lines may name only the declared enterprises. */
    Set<String> declaredEnterprises() {
        return declaredEnterprises;
    }

    /** An enterprise contribution comes from an enterprise party of a signed agreement (docs/domain.md §4). */
    boolean isEnterpriseOfAnAgreement(String partyId) {
        return agreementRoles.get(partyId) == PartyRole.ENTERPRISE;
    }

    /** An enterprise of this platform: declared, or an enterprise party of an agreement. */
    boolean isEnterprise(String partyId) {
        return declaredEnterprises.contains(partyId) || isEnterpriseOfAnAgreement(partyId);
    }
}
