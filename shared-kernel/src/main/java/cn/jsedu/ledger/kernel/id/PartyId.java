package cn.jsedu.ledger.kernel.id;

/** Identifies a party id; validated on construction. */
public record PartyId(String value) {

    public PartyId {
        Identifiers.require(value, "a party id");
    }

    public static PartyId of(String value) {
        return new PartyId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
