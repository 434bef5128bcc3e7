package cn.jsedu.ledger.kernel.id;

/**
 * Identifies a programme (计划): the plan a platform is built under, with its own parameters and batches. Validated
 * on construction like every id of the ledger.
 */
public record ProgrammeId(String value) {

    /**
     * The programme this ledger was first built for, the Jiangsu plan of 2019 (batches 2019 to 2021). Every platform
     * declared before programmes existed belongs to it (events stored without a programme are read as its), and so
     * does a declaration that names none. Never change it: stored events and migrations name it.
     */
    public static final ProgrammeId DEFAULT = new ProgrammeId("JS-PLATFORMS-2019");
    /** The default programme's name, the plan's title (docs/plan/construction-plan.zh.txt). */
    public static final String DEFAULT_NAME = "江苏省高等职业教育产教融合集成平台建设计划";

    public ProgrammeId {
        Identifiers.require(value, "a programme id");
    }

    public static ProgrammeId of(String value) {
        return new ProgrammeId(value);
    }

    /** {@code value}, or the default programme when it is null. */
    public static ProgrammeId orDefault(String value) {
        return value == null ? DEFAULT : new ProgrammeId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
