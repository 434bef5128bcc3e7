package cn.jsedu.ledger.kernel.id;

/** Identifies an entry id; validated on construction. */
public record EntryId(String value) {

    public EntryId {
        Identifiers.require(value, "an entry id");
    }

    public static EntryId of(String value) {
        return new EntryId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
