package cn.jsedu.ledger.command.commit;

import cn.jsedu.ledger.kernel.event.EventMetadataKeys;
import cn.jsedu.ledger.support.web.CorrelationIdFilter;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.MDC;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.axonframework.commandhandling.GenericCommandResultMessage.asCommandResultMessage;

/**
 * Runs one batch: one database transaction, one unit of work (the root) and, inside it, each command in a nested
 * unit of work of its own with the bus's handler interceptors. A command that fails (a rule, a reused key) rolls
 * back its nested unit of work only: nothing of it reaches the transaction, because a command writes nothing while
 * it runs (its events and its idempotency row are staged); the batch then writes everything in a few statements as
 * it prepares to commit ({@link CommandBatch#beforeAppend} first, then the events, in one multi-row INSERT), commits
 * once, and the answers go out.
 *
 * <p>If the batch's own writes fail, nothing was committed: commands whose rows another transaction took are
 * answered with their refusal and the others run again; any other failure (an append that lost a race with another
 * instance, a connection that broke) runs every command again alone, so that it reaches only the command it belongs
 * to. Only a failure of the commit itself is answered to every command, as it would be to a command alone: whether
 * it reached the disk is unknown, and running it again could record it twice.
 */
final class BatchRunner {

    /** What became of a batch: answers to send, and commands (in their order) to run again. */
    record Outcome(List<Answer> answers, List<PendingCommand> again) {
    }

    record Answer(PendingCommand command, CommandResultMessage<?> result) {

        void send() {
            command.answer(result);
        }
    }

    private final TransactionManager transactionManager;
    private final List<MessageHandlerInterceptor<? super CommandMessage<?>>> interceptors;

    BatchRunner(TransactionManager transactionManager,
                List<MessageHandlerInterceptor<? super CommandMessage<?>>> interceptors) {
        this.transactionManager = transactionManager;
        this.interceptors = interceptors;
    }

    Outcome run(List<PendingCommand> batch) {
        UnitOfWork<Message<?>> root = DefaultUnitOfWork.startAndGet(new GenericMessage<>("command batch"));
        Transaction transaction;
        try {
            transaction = transactionManager.startTransaction();
        } catch (RuntimeException | Error e) {
            root.rollback(e);
            return new Outcome(batch.stream().map(c -> new Answer(c, asCommandResultMessage(e))).toList(), List.of());
        }
        // COMMIT handlers run in reverse order of registration: the transaction commits after every other one
        root.onCommit(u -> transaction.commit());
        root.onRollback(u -> transaction.rollback());
        CommandBatch context = new CommandBatch(batch.stream().<CommandMessage<?>>map(PendingCommand::message).toList());
        root.resources().put(CommandBatch.RESOURCE, context);
        // PREPARE_COMMIT handlers run in order: the staged rows before the events (Axon stages those later)
        root.onPrepareCommit(u -> context.write());

        Map<PendingCommand, CommandResultMessage<?>> results = new IdentityHashMap<>();
        Set<String> succeededOn = new HashSet<>();
        Set<String> spoiled = new HashSet<>();
        boolean anySucceeded = false;
        for (PendingCommand command : batch) {
            String platform = command.platformId();
            if (platform != null && spoiled.contains(platform)) {
                continue;
            }
            CommandResultMessage<?> result = runOne(command);
            results.put(command, result);
            if (!result.isExceptional()) {
                anySucceeded = true;
                if (platform != null) {
                    succeededOn.add(platform);
                }
            } else if (platform != null && succeededOn.contains(platform)) {
                // The failed command may have changed the platform before it failed, and the platform's earlier
                // commands of this batch are not in the store yet to reload it from: its later commands wait for
                // the next batch, which loads it afresh.
                spoiled.add(platform);
            }
        }
        if (!anySucceeded) {
            root.rollback();
            return settled(batch, results);
        }
        AtomicBoolean prepared = new AtomicBoolean();
        root.onPrepareCommit(u -> prepared.set(true));
        try {
            root.commit();
            return settled(batch, results);
        } catch (RuntimeException | Error failure) {
            return prepared.get() ? commitFailed(batch, results, failure) : notCommitted(batch, results, failure);
        }
    }

    private CommandResultMessage<?> runOne(PendingCommand command) {
        Object correlationId = command.message().getMetaData().get(EventMetadataKeys.CORRELATION_ID);
        if (correlationId != null) {
            MDC.put(CorrelationIdFilter.MDC_KEY, correlationId.toString());
        }
        try {
            UnitOfWork<CommandMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(command.message());
            InterceptorChain chain = new DefaultInterceptorChain<>(unitOfWork, interceptors, command.handler());
            return asCommandResultMessage(unitOfWork.executeWithResult(chain::proceed,
                    RollbackConfigurationType.UNCHECKED_EXCEPTIONS));
        } finally {
            MDC.remove(CorrelationIdFilter.MDC_KEY);
        }
    }

    /** Committed (or nothing to commit): every command that ran is answered, the others wait for the next batch. */
    private static Outcome settled(List<PendingCommand> batch, Map<PendingCommand, CommandResultMessage<?>> results) {
        List<Answer> answers = new ArrayList<>();
        List<PendingCommand> again = new ArrayList<>();
        for (PendingCommand command : batch) {
            CommandResultMessage<?> result = results.get(command);
            if (result == null) {
                again.add(command);
            } else {
                answers.add(new Answer(command, result));
            }
        }
        return new Outcome(answers, again);
    }

    /** The commit itself failed: whether it reached the disk is unknown, so nothing runs again (see the class). */
    private static Outcome commitFailed(List<PendingCommand> batch, Map<PendingCommand, CommandResultMessage<?>> results,
                                       Throwable failure) {
        List<Answer> answers = new ArrayList<>();
        List<PendingCommand> again = new ArrayList<>();
        for (PendingCommand command : batch) {
            CommandResultMessage<?> result = results.get(command);
            if (result == null) {
                again.add(command);
            } else {
                answers.add(new Answer(command, result.isExceptional() ? result : asCommandResultMessage(failure)));
            }
        }
        return new Outcome(answers, again);
    }

    /**
     * Rolled back before the commit. Commands refused by a {@link CommandBatch.Writer} fail with their refusal; every
     * other one runs again, even one that failed here: its verdict may rest on a refused command's effects.
     */
    private static Outcome notCommitted(List<PendingCommand> batch,
                                        Map<PendingCommand, CommandResultMessage<?>> results, Throwable failure) {
        List<Answer> answers = new ArrayList<>();
        List<PendingCommand> again = new ArrayList<>();
        if (failure instanceof CommandBatch.CommandsRefused refused) {
            // also for a batch of one: its caller gets its own refusal, never the batch's
            for (PendingCommand command : batch) {
                RuntimeException refusal = refused.refusals().get(command.message().getIdentifier());
                if (refusal != null && results.containsKey(command)) {
                    answers.add(new Answer(command, asCommandResultMessage(refusal)));
                } else {
                    again.add(command);
                }
            }
        } else if (batch.size() == 1) {
            answers.add(new Answer(batch.get(0), asCommandResultMessage(failure)));
        } else {
            for (PendingCommand command : batch) {
                again.add(command.asAlone());
            }
        }
        return new Outcome(answers, again);
    }
}
