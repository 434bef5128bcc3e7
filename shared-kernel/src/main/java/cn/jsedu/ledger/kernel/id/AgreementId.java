package cn.jsedu.ledger.kernel.id;

/** Identifies an agreement id; validated on construction. */
public record AgreementId(String value) {

    public AgreementId {
        Identifiers.require(value, "an agreement id");
    }

    public static AgreementId of(String value) {
        return new AgreementId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
