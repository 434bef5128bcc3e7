package cn.jsedu.ledger.command.commit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledger.commands.group-commit.*}: how commands share transactions (ADR 0008, "Group commit").
 *
 * @param enabled    commands on different platforms share one transaction and one commit; off, every command has a
 *                   transaction of its own in the caller's thread (Axon's SimpleCommandBus), for measurements
 * @param committers threads that run batches; two let one batch run its handlers while the other waits for its
 *                   commit to reach the disk
 * @param maxBatch   at most this many commands in one transaction
 */
@ConfigurationProperties(prefix = "ledger.commands.group-commit")
public record GroupCommitSettings(@DefaultValue("true") boolean enabled,
                                  @DefaultValue("2") int committers,
                                  @DefaultValue("64") int maxBatch) {

    public GroupCommitSettings {
        if (committers < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("ledger.commands.group-commit needs at least one committer and a batch "
                    + "of at least one command");
        }
    }
}
