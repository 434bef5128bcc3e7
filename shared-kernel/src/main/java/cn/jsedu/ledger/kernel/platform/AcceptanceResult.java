package cn.jsedu.ledger.kernel.platform;

/** The outcome of an acceptance review (验收). */
public enum AcceptanceResult {
    /** 验收通过. */
    PASSED,
    /** 验收通过（优秀）. */
    EXCELLENT,
    /** 验收不通过. */
    FAILED;

    public boolean isPass() {
        return this != FAILED;
    }
}
