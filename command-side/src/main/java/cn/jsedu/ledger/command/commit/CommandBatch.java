package cn.jsedu.ledger.command.commit;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The commands that share one transaction, as seen by what must read or write for several of them at once (the
 * idempotency keys): read once before or while they run ({@link #state}), write once as the batch prepares to
 * commit, before its events are appended ({@link #beforeAppend}). A command runs in a batch iff
 * {@link #of(UnitOfWork)} finds one; with group commit off, or for a command dispatched from inside another one,
 * there is none and each command reads and writes for itself.
 */
public final class CommandBatch {

    static final String RESOURCE = CommandBatch.class.getName();

    /** Writes the rows of the batch's commands that succeeded, in one statement where it can. */
    @FunctionalInterface
    public interface Writer {

        /**
         * @return the commands whose rows another transaction committed first, each with the exception it fails with;
         * if any, the batch is rolled back, those commands fail alone and the others run again
         */
        Map<CommandMessage<?>, RuntimeException> write();
    }

    private final List<CommandMessage<?>> commands;
    private final Map<Object, Object> state = new HashMap<>();
    private final List<Writer> writers = new ArrayList<>();

    CommandBatch(List<CommandMessage<?>> commands) {
        this.commands = List.copyOf(commands);
    }

    /** The batch the unit of work's command runs in, if any. */
    public static Optional<CommandBatch> of(UnitOfWork<?> unitOfWork) {
        return Optional.ofNullable(unitOfWork.root().getResource(RESOURCE));
    }

    /** Every command of the batch, in the order they run. */
    public List<CommandMessage<?>> commands() {
        return commands;
    }

    /** State kept for the whole batch under {@code key}, made by {@code initial} on first use. */
    @SuppressWarnings("unchecked")
    public <T> T state(Object key, Supplier<T> initial) {
        return (T) state.computeIfAbsent(key, k -> initial.get());
    }

    /** {@code writer} runs once, as the batch prepares to commit, before the events are appended. */
    public void beforeAppend(Writer writer) {
        writers.add(writer);
    }

    void write() {
        for (Writer writer : writers) {
            Map<CommandMessage<?>, RuntimeException> refused = writer.write();
            if (!refused.isEmpty()) {
                Map<String, RuntimeException> byCommand = new HashMap<>();
                refused.forEach((command, refusal) -> byCommand.put(command.getIdentifier(), refusal));
                throw new CommandsRefused(byCommand);
            }
        }
    }

    /** Some commands' rows were taken by another transaction: the batch rolls back, those fail alone. */
    static final class CommandsRefused extends RuntimeException {

        private final transient Map<String, RuntimeException> refusals;

        CommandsRefused(Map<String, RuntimeException> refusals) {
            super(refusals.size() + " commands of the batch lost their rows to other transactions", null, false,
                    false);
            this.refusals = refusals;
        }

        /** By command message identifier. */
        Map<String, RuntimeException> refusals() {
            return refusals;
        }
    }
}
