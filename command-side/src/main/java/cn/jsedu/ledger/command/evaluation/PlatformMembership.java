package cn.jsedu.ledger.command.evaluation;

import cn.jsedu.ledger.command.platform.Platform;
import cn.jsedu.ledger.kernel.id.Identifiers;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * {@link RoundMembership} as the platform judges it ({@code Platform.belongsToRound}), loaded in the command's unit of
 * work. The commands that ask run with nothing beside them ({@link cn.jsedu.ledger.command.commit.SpansAggregates}),
 * so loading a platform here waits for no other command's lock. An id that names no platform (nothing, a programme,
 * a round) is no member.
 */
@Component
public class PlatformMembership implements RoundMembership {

    private final Repository<Platform> platforms;

    public PlatformMembership(Repository<Platform> platforms) {
        this.platforms = platforms;
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
}
