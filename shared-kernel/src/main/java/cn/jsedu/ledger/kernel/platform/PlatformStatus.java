package cn.jsedu.ledger.kernel.platform;

/** The states of a platform's life, docs/domain.md §4. */
public enum PlatformStatus {
    /** 已申报. */
    DECLARED,
    /** 已立项. */
    APPROVED,
    /** 未立项 (final). */
    REJECTED,
    /** 暂停. */
    SUSPENDED,
    /** 申请验收. */
    ACCEPTANCE_REQUESTED,
    /** 验收通过. */
    ACCEPTED,
    /** 验收不通过. */
    ACCEPTANCE_FAILED,
    /** 中止 (final). */
    TERMINATED;

    /** REJECTED and TERMINATED accept nothing but reads (a terminated platform still records recoveries). */
    public boolean isFinal() {
        return this == REJECTED || this == TERMINATED;
    }
}
