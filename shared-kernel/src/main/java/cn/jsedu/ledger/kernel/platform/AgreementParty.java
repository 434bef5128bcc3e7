package cn.jsedu.ledger.kernel.platform;

/** A party of a co-construction agreement; {@code creditCode} is required for enterprises. */
public record AgreementParty(String partyId, String name, String creditCode, PartyRole role) {
}
