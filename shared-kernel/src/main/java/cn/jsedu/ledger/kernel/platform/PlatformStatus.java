package cn.jsedu.ledger.kernel.platform;

/**
 * The states of a platform's life (docs/domain.md §4) and what each state accepts (docs/adr/0007). Every gate is
 * one predicate here; the command side refuses what a predicate rejects, and no other class decides it again. How
 * events move a platform from state to state is {@code cn.jsedu.ledger.kernel.event.StatusFold}.
 */
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

    /** The platform was approved at some point: it is neither merely declared nor rejected. */
    public boolean wasApproved() {
        return this != DECLARED && this != REJECTED;
    }

    /** Approved and its books still open, suspended or not: APPROVED, SUSPENDED, ACCEPTANCE_REQUESTED, _FAILED. */
    public boolean isUnderConstruction() {
        return this == APPROVED || this == SUSPENDED || this == ACCEPTANCE_REQUESTED || this == ACCEPTANCE_FAILED;
    }

    /** Installments, enterprise contributions and expenditures: under construction and not suspended. */
    public boolean acceptsMoneyEntries() {
        return isUnderConstruction() && this != SUSPENDED;
    }

    /** Corrections are accepted while suspended too, but not once the books are closed. */
    public boolean acceptsCorrections() {
        return isUnderConstruction();
    }

    /** Recoveries settle a platform: accepted after approval, also once accepted or terminated. */
    public boolean acceptsRecoveries() {
        return wasApproved();
    }

    /** Task books and periodic reports: from approval until the books close (suspended platforms still report). */
    public boolean isOpenForReports() {
        return isUnderConstruction();
    }

    /**
     * Provincial funds may be allocated and paid (docs/domain.md §9): to a platform that was approved and is not
     * terminated; rewards reach accepted platforms too.
     */
    public boolean acceptsProvincialFunds() {
        return wasApproved() && this != TERMINATED;
    }

    /** Funding plan revisions, proposed and approved: from approval until the books close. */
    public boolean acceptsPlanRevisions() {
        return isUnderConstruction();
    }

    /** Co-construction agreements: from the declaration on, until the books close. */
    public boolean acceptsAgreements() {
        return !isFinal() && this != ACCEPTED;
    }

    /** Approval and rejection decide a declaration. */
    public boolean awaitsApproval() {
        return this == DECLARED;
    }

    /** Only an approved platform under construction can be suspended (proposed and approved alike). */
    public boolean acceptsSuspension() {
        return this == APPROVED;
    }

    public boolean acceptsResumption() {
        return this == SUSPENDED;
    }

    /** An approved platform requests acceptance, and may request it again after a failed review. */
    /** 延期: a platform still being built (not waiting for its review, not closed) may have its end moved later. */
    public boolean acceptsExtension() {
        return isUnderConstruction() && this != ACCEPTANCE_REQUESTED;
    }

    public boolean acceptsAcceptanceRequest() {
        return this == APPROVED || this == ACCEPTANCE_FAILED;
    }

    public boolean acceptsAcceptanceReview() {
        return this == ACCEPTANCE_REQUESTED;
    }

    /**
     * Which performance decisions this state accepts: a declaration can only be terminated; an accepted platform
     * can still be rewarded; a final platform accepts none.
     */
    public boolean acceptsDecision(DecisionType type) {
        if (isFinal()) {
            return false;
        }
        return switch (type) {
            case TERMINATE -> this != ACCEPTED;
            case REWARD -> wasApproved();
            case REDUCE_SUPPORT, WITHDRAW_KEY_SUPPORT, ADJUST -> wasApproved() && this != ACCEPTED;
        };
    }
}
