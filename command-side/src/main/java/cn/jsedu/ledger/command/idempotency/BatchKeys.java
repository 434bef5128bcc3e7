package cn.jsedu.ledger.command.idempotency;

import cn.jsedu.ledger.command.commit.CommandBatch;
import cn.jsedu.ledger.kernel.event.EventMetadataKeys;
import org.axonframework.commandhandling.CommandMessage;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The idempotency keys of one batch of commands (group commit): looked up with one statement for every command of
 * the batch that carries one, recorded with one statement for those that succeeded, as the batch prepares to commit.
 * A key another transaction committed meanwhile refuses its command alone ({@link IdempotencyKeyRaceException}: it is
 * retried and then answered from the stored result); the batch's other commands run again.
 */
final class BatchKeys {

    private final IdempotencyStore store;
    private final Map<IdempotencyStore.SenderKey, IdempotencyStore.UsedKey> used;
    private final Map<CommandMessage<?>, IdempotencyStore.NewKey> recorded = new LinkedHashMap<>();

    BatchKeys(IdempotencyStore store, CommandBatch batch) {
        this.store = store;
        Set<IdempotencyStore.SenderKey> keys = new HashSet<>();
        for (CommandMessage<?> command : batch.commands()) {
            Object key = command.getMetaData().get(EventMetadataKeys.IDEMPOTENCY_KEY);
            Object user = command.getMetaData().get(EventMetadataKeys.USER);
            if (key instanceof String k && user instanceof String u) {
                keys.add(new IdempotencyStore.SenderKey(u, k));
            }
        }
        this.used = store.findAll(keys);
        batch.beforeAppend(this::write);
    }

    Optional<IdempotencyStore.UsedKey> used(IdempotencyStore.SenderKey key) {
        return Optional.ofNullable(used.get(key));
    }

    void record(CommandMessage<?> command, IdempotencyStore.NewKey key) {
        recorded.put(command, key);
    }

    /** The command rolled back after it was recorded: its key stays free. */
    void forget(CommandMessage<?> command) {
        recorded.remove(command);
    }

    private Map<CommandMessage<?>, RuntimeException> write() {
        Set<IdempotencyStore.SenderKey> taken = store.recordAll(List.copyOf(recorded.values()));
        Map<CommandMessage<?>, RuntimeException> refused = new LinkedHashMap<>();
        recorded.forEach((command, key) -> {
            if (taken.contains(key.key())) {
                refused.put(command, new IdempotencyKeyRaceException(key.key().key()));
            }
        });
        return refused;
    }
}
