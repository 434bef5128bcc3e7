package cn.jsedu.ledger.kernel.id;

/** Identifies a platform id; validated on construction. */
public record PlatformId(String value) {

    public PlatformId {
        Identifiers.require(value, "a platform id");
    }

    public static PlatformId of(String value) {
        return new PlatformId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
