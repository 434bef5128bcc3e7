package cn.jsedu.ledger.command.evaluation;

import cn.jsedu.ledger.command.platform.Platform;
import cn.jsedu.ledger.command.programme.ProgrammeRules;
import cn.jsedu.ledger.kernel.platform.ProposedDecision;
import cn.jsedu.ledger.kernel.id.Identifiers;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * {@link RoundMembership} as the platform judges it ({@code Platform.belongsToRound}), loaded in the command's unit of
 * work. The commands that ask run with nothing beside them ({@link cn.jsedu.ledger.command.commit.SpansAggregates}),
 * so loading a platform here waits for no other command's lock. An id that names no platform (nothing, a programme,
 * a round) is no member. It also asks a member platform whether its decision rules accept the decision its grade
 * leads to ({@link PlatformDecisions}), read-only.
 */
@Component
public class PlatformMembership implements RoundMembership, PlatformDecisions {

    private final Repository<Platform> platforms;
    private final ProgrammeRules programmes;
    private final Clock clock;

    public PlatformMembership(Repository<Platform> platforms, ProgrammeRules programmes, Clock clock) {
        this.platforms = platforms;
        this.programmes = programmes;
        this.clock = clock;
    }

    @Override
    public boolean belongs(String platformId, String programmeId, Integer batch) {
        if (!Identifiers.isWellFormed(platformId) || RoundIds.isRoundId(platformId)) {
            return false;
        }
        try {
            return platforms.load(platformId).invoke(p -> p.belongsToRound(programmeId, batch));
        } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
            return false;
        }
    }

    /** Asked of platforms {@link #belongs} accepted already: loading it does not fail. */
    @Override
    public void requireAccepted(String platformId, ProposedDecision decision, String proposalId) {
        platforms.load(platformId).execute(p -> p.requireAcceptsRoundDecision(decision, proposalId, clock, programmes));
    }
}
