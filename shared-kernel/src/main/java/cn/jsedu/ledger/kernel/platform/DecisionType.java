package cn.jsedu.ledger.kernel.platform;

import cn.jsedu.ledger.kernel.money.Money;

/**
 * Performance decisions of the education department (绩效考核结果) and what each does to a platform. These are the
 * only definitions of those effects: the aggregate, the read models and the audit replay all ask here.
 */
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

    /**
     * The change this decision makes to the planned provincial funds: a reward adds its amount, a reduction of
     * support takes it away, the other types change nothing ({@code amount} is then null and ignored).
     */
    public Money provincialEffect(Money amount) {
        return switch (this) {
            case REWARD -> amount;
            case REDUCE_SUPPORT -> amount.negate();
            case WITHDRAW_KEY_SUPPORT, ADJUST, TERMINATE -> Money.ZERO;
        };
    }

    /** After this decision the platform is no longer a key-support project (不再作为重点支持项目). */
    public boolean endsKeySupport() {
        return this == WITHDRAW_KEY_SUPPORT;
    }

    /** This decision ends the platform: it becomes TERMINATED. */
    public boolean terminates() {
        return this == TERMINATE;
    }
}
