package cn.jsedu.ledger.kernel.platform;

/** Performance decisions of the education department (绩效考核结果). */
public enum DecisionType {
    /** 奖励: an amount of additional provincial support. */
    REWARD,
    /** 减小支持力度: the amount by which planned provincial funds shrink. */
    REDUCE_SUPPORT,
    /** 不再作为重点支持项目. */
    WITHDRAW_KEY_SUPPORT,
    /** 调整. */
    ADJUST,
    /** 中止: the platform becomes TERMINATED. */
    TERMINATE;

    /** REWARD and REDUCE_SUPPORT carry an amount; the others must not. */
    public boolean requiresAmount() {
        return this == REWARD || this == REDUCE_SUPPORT;
    }
}
