package cn.jsedu.ledger.command.programme;

import cn.jsedu.ledger.kernel.programme.ParameterTimeline;

/**
 * The rules of a programme as the command side knows them now: what a platform's command handlers judge by (the
 * parameters in force on the day a command is recorded, {@link ParameterTimeline#inForce}). Injected into the
 * handlers; {@link StoredProgrammeRules} reads them from the programme's own events.
 */
@FunctionalInterface
public interface ProgrammeRules {

    /**
     * The parameter timeline of an established programme, with every change recorded so far.
     *
     * @throws cn.jsedu.ledger.command.platform.LedgerRuleException {@code PROGRAMME_NOT_FOUND} for a programme that
     *                                                               does not exist, {@code INVALID_STATE} for one not
     *                                                               established (proposed, or withdrawn)
     */
    ParameterTimeline timeline(String programmeId);
}
