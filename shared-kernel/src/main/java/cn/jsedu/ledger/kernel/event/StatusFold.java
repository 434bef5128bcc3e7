package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.platform.PlatformStatus;

import java.util.Optional;

/**
 * How events move a platform from state to state (docs/domain.md §4): the one definition, used by the aggregate,
 * the query side's projections and the audit replay. What each state then accepts is on {@link PlatformStatus}.
 */
public final class StatusFold {

    private StatusFold() {
    }

    /**
     * The status {@code event} sets, whatever the status before: empty for the events that leave it as it is (money
     * entries, agreements, proposals, reports, and decisions other than TERMINATE).
     */
    public static Optional<PlatformStatus> setBy(PlatformEvent event) {
        if (event instanceof PlatformDeclaredEvent) {
            return Optional.of(PlatformStatus.DECLARED);
        }
        if (event instanceof PlatformApprovedEvent || event instanceof PlatformResumedEvent) {
            return Optional.of(PlatformStatus.APPROVED);
        }
        if (event instanceof PlatformRejectedEvent) {
            return Optional.of(PlatformStatus.REJECTED);
        }
        if (event instanceof PlatformSuspendedEvent) {
            return Optional.of(PlatformStatus.SUSPENDED);
        }
        if (event instanceof AcceptanceRequestedEvent) {
            return Optional.of(PlatformStatus.ACCEPTANCE_REQUESTED);
        }
        if (event instanceof AcceptanceReviewedEvent e) {
            return Optional.of(e.result().isPass() ? PlatformStatus.ACCEPTED : PlatformStatus.ACCEPTANCE_FAILED);
        }
        if (event instanceof PerformanceDecisionRecordedEvent e && e.type().terminates()) {
            return Optional.of(PlatformStatus.TERMINATED);
        }
        return Optional.empty();
    }

    /** The status after {@code event} of a platform that was {@code current} (null before its declaration). */
    public static PlatformStatus after(PlatformStatus current, PlatformEvent event) {
        return setBy(event).orElse(current);
    }
}
