package cn.jsedu.ledger.kernel.id;

/** Identifies a decision id; validated on construction. */
public record DecisionId(String value) {

    public DecisionId {
        Identifiers.require(value, "a decision id");
    }

    public static DecisionId of(String value) {
        return new DecisionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
