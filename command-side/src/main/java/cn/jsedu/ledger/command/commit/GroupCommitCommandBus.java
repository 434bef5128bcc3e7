package cn.jsedu.ledger.command.commit;

import cn.jsedu.ledger.kernel.event.EventMetadataKeys;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.Registration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.axonframework.commandhandling.GenericCommandResultMessage.asCommandResultMessage;

/**
 * Axon's command bus with group commit (ADR 0008): commands on different platforms share one database transaction
 * and one commit. Dispatching is Axon's (dispatch interceptors, monitors, the gateway's callbacks); handling is not
 * done in the caller's thread but queued ({@link CommandQueue}) and run by a few committer threads, each taking
 * whatever has arrived while its previous batch ran and committed ({@link BatchRunner}). A caller is answered after
 * the transaction holding its command committed, never before.
 *
 * <p>A command handled outside an aggregate runs in a batch of its own; one that loads several aggregates
 * ({@link SpansAggregates}: an evaluation round's publication) also runs with no other batch beside it.
 *
 * <p>A command dispatched from inside another command's handler runs at once, nested in that command's unit of work,
 * as on Axon's SimpleCommandBus (waiting for a committer from a committer would never end).
 */
public class GroupCommitCommandBus extends SimpleCommandBus implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommitCommandBus.class);

    private final List<MessageHandlerInterceptor<? super CommandMessage<?>>> interceptors = new CopyOnWriteArrayList<>();
    private final CommandQueue queue = new CommandQueue();
    private final BatchRunner runner;
    private final int maxBatch;
    private final List<Thread> committers = new ArrayList<>();

    public GroupCommitCommandBus(Builder builder, TransactionManager transactionManager, GroupCommitSettings settings) {
        super(builder.transactionManager(transactionManager));
        this.runner = new BatchRunner(transactionManager, interceptors);
        this.maxBatch = settings.maxBatch();
        for (int i = 1; i <= settings.committers(); i++) {
            Thread committer = new Thread(this::commit, "command-committer-" + i);
            committer.setDaemon(true);
            committers.add(committer);
            committer.start();
        }
    }

    @Override
    public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super CommandMessage<?>> interceptor) {
        Registration registration = super.registerHandlerInterceptor(interceptor);
        interceptors.add(interceptor);
        return () -> {
            interceptors.remove(interceptor);
            return registration.cancel();
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    protected <C, R> void handle(CommandMessage<C> command, MessageHandler<? super CommandMessage<?>> handler,
                                 CommandCallback<? super C, ? super R> callback) {
        if (CurrentUnitOfWork.isStarted()) {
            super.handle(command, handler, callback);
            return;
        }
        String platform = CommandTargets.platformOf(command);
        boolean exclusive = command.getPayload() instanceof SpansAggregates;
        PendingCommand pending = new PendingCommand(command, handler, (CommandCallback<Object, Object>) callback,
                exclusive ? null : platform, senderKey(command), platform == null || exclusive, exclusive);
        try {
            queue.submit(pending);
        } catch (RuntimeException refused) {
            pending.answer(asCommandResultMessage(refused));
        }
    }

    /** The sender's idempotency key: user and key, as the idempotency interceptor identifies it. */
    private static String senderKey(CommandMessage<?> command) {
        Object key = command.getMetaData().get(EventMetadataKeys.IDEMPOTENCY_KEY);
        Object user = command.getMetaData().get(EventMetadataKeys.USER);
        return key == null ? null : user + "\n" + key;
    }

    private void commit() {
        while (true) {
            List<PendingCommand> batch;
            try {
                batch = queue.next(maxBatch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (batch.isEmpty()) {
                return;
            }
            BatchRunner.Outcome outcome;
            try {
                outcome = runner.run(batch);
            } catch (RuntimeException | Error e) {
                log.error("a batch of {} commands failed outside its unit of work", batch.size(), e);
                outcome = new BatchRunner.Outcome(batch.stream()
                        .map(c -> new BatchRunner.Answer(c, asCommandResultMessage(e))).toList(), List.of());
            }
            queue.done(batch, outcome.again());
            for (BatchRunner.Answer answer : outcome.answers()) {
                try {
                    answer.send();
                } catch (RuntimeException e) {
                    log.warn("a command's callback failed", e);
                }
            }
        }
    }

    /** Starts no batch until {@link #release()} (tests: several commands in one batch). */
    void hold() {
        queue.hold();
    }

    void release() {
        queue.release();
    }

    int waiting() {
        return queue.waiting();
    }

    /** Takes no more commands, runs those waiting, and stops the committers. */
    @Override
    public void close() throws InterruptedException {
        queue.close();
        for (Thread committer : committers) {
            committer.join(TimeUnit.SECONDS.toMillis(30));
        }
    }
}
