package cn.jsedu.ledger.kernel.programme;

/**
 * Where a programme is in its life: proposed by one administrator, established once another approves, or withdrawn
 * before that. How events move it is {@link cn.jsedu.ledger.kernel.event.ProgrammeFold}.
 */
public enum ProgrammeStatus {
    /** Proposed, waiting for a second administrator: takes no platform, has no rules in force. */
    PROPOSED,
    /** Established: takes platforms; its parameters change by approved proposals. */
    ESTABLISHED,
    /** The proposal was withdrawn (final): the id stays taken. */
    WITHDRAWN;

    /** Platforms may be declared in it, and its parameters changed. */
    public boolean isEstablished() {
        return this == ESTABLISHED;
    }
}
