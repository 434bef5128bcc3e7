package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.command.registry.CollegeRegistry;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Declares a platform. Outside the aggregate because the one-platform-per-college rule spans platforms: the
 * college's registration row is claimed in the same transaction as the declaration event, and a unique index
 * decides races between instances (docs/domain.md §4, ADR 0004).
 */
@Component
public class PlatformDeclarationHandler {

    private final Repository<Platform> platforms;
    private final CollegeRegistry registry;

    public PlatformDeclarationHandler(Repository<Platform> platforms, CollegeRegistry registry) {
        this.platforms = platforms;
        this.registry = registry;
    }

    @CommandHandler
    public CommandResult handle(DeclarePlatformCommand command) throws Exception {
        registry.claim(command.college().code(), command.platformId().value());
        platforms.newInstance(() -> new Platform(command));
        return new CommandResult(command.platformId().value(), null, 0);
    }
}
