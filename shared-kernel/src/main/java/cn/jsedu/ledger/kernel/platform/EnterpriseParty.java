package cn.jsedu.ledger.kernel.platform;

/** A cooperating enterprise (合作企业) named in a declaration. */
public record EnterpriseParty(String partyId, String name, String creditCode) {
}
