package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.command.evaluation.RoundIds;
import cn.jsedu.ledger.command.programme.ProgrammeRules;
import cn.jsedu.ledger.command.registry.CollegeRegistry;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Declares a platform. Outside the aggregate because the one-platform-per-college-per-programme rule spans platforms:
 * the college's registration row is claimed in the same transaction as the declaration event, and a unique index
 * decides races between instances (docs/domain.md §4, ADR 0004). The programme must be established. An id starting
 * {@code EVAL-} is an evaluation round's (ADR 0026): refused.
 */
@Component
public class PlatformDeclarationHandler {

    private final Repository<Platform> platforms;
    private final CollegeRegistry registry;
    private final ProgrammeRules programmes;

    public PlatformDeclarationHandler(Repository<Platform> platforms, CollegeRegistry registry,
                                      ProgrammeRules programmes) {
        this.platforms = platforms;
        this.registry = registry;
        this.programmes = programmes;
    }

    @CommandHandler
    public CommandResult handle(DeclarePlatformCommand command) throws Exception {
        RoundIds.requireNoRoundPrefix(command.platformId().value(), "platformId");
        programmes.timeline(command.programmeId().value());
        registry.claim(command.programmeId().value(), command.college().code(), command.platformId().value());
        platforms.newInstance(() -> new Platform(command));
        return CommandResult.ofPlatform(command.platformId().value(), null, 0);
    }
}
