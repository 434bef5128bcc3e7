package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.kernel.platform.PlatformStatus;

/** A platform status's colour by what it means for the programme: on track, needs attention, failed, not started. */
final class StatusColours {

    private StatusColours() {
    }

    static String of(PlatformStatus status) {
        return switch (status) {
            case ACCEPTED -> Charts.GOOD;
            case APPROVED, ACCEPTANCE_REQUESTED -> Charts.NEUTRAL;
            case SUSPENDED -> Charts.WARN;
            case REJECTED, ACCEPTANCE_FAILED, TERMINATED -> Charts.BAD;
            case DECLARED -> Charts.MUTED;
        };
    }
}
