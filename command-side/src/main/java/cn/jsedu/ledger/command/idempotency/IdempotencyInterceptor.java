package cn.jsedu.ledger.command.idempotency;

import cn.jsedu.ledger.command.commit.CommandBatch;
import cn.jsedu.ledger.command.platform.CommandResult;
import cn.jsedu.ledger.kernel.event.EventMetadataKeys;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Makes every command with an idempotency key take effect at most once. It is a handler interceptor, so it runs
 * inside the command's unit of work and transaction: the key row and the events commit together or not at all.
 * A repeated request gets the stored result and appends nothing; a key reused for another request is refused.
 * Keys are per sender: the principal is the authenticated user the web layer put in the metadata (the same value
 * every event records as its user), never anything the client wrote, so one user's key cannot replay, refuse or
 * block another user's request (ADR 0005).
 * Axon's Spring Boot auto-configuration registers it on the command bus because it is a bean.
 *
 * <p>In a batch of commands sharing one transaction (group commit) the keys of the whole batch are looked up with one
 * statement before the first of them is checked, and the keys of the commands that succeeded are recorded with one
 * statement as the batch prepares to commit ({@link BatchKeys}); with group commit off, each command looks up and
 * records its own.
 */
@Component
public class IdempotencyInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** Metadata key of the request fingerprint (method, path and canonical body); not copied to events. */
    public static final String REQUEST_HASH = "requestHash";

    private final IdempotencyStore store;

    public IdempotencyInterceptor(IdempotencyStore store) {
        this.store = store;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        String key = (String) command.getMetaData().get(EventMetadataKeys.IDEMPOTENCY_KEY);
        if (key == null) {
            return chain.proceed();
        }
        Object principal = command.getMetaData().get(EventMetadataKeys.USER);
        if (!(principal instanceof String user) || user.isEmpty()) {
            // unreachable through HTTP (the submitter always records the authenticated user)
            throw new IllegalStateException("an idempotency key without the user who sent it");
        }
        String requestHash = (String) command.getMetaData().get(REQUEST_HASH);
        BatchKeys batch = CommandBatch.of(unitOfWork)
                .map(b -> b.state(BatchKeys.class, () -> new BatchKeys(store, b)))
                .orElse(null);
        Optional<IdempotencyStore.UsedKey> used = batch != null
                ? batch.used(new IdempotencyStore.SenderKey(user, key)) : store.find(user, key);
        if (used.isPresent()) {
            if (!used.get().requestHash().equals(requestHash)) {
                throw new IdempotencyKeyReusedException(key);
            }
            return used.get().result();
        }
        Object result;
        try {
            result = chain.proceed();
        } catch (Exception e) {
            throw duplicateCommittedMeanwhile(user, key) ? new IdempotencyKeyRaceException(key) : e;
        }
        if (result instanceof CommandResult commandResult) {
            if (batch != null) {
                batch.record(command, new IdempotencyStore.NewKey(new IdempotencyStore.SenderKey(user, key),
                        requestHash, command.getCommandName(), commandResult));
                unitOfWork.onRollback(u -> batch.forget(command));
            } else if (!store.record(user, key, requestHash, command.getCommandName(), commandResult)) {
                throw new IdempotencyKeyRaceException(key);
            }
        }
        return result;
    }

    /**
     * A duplicate that committed while this request ran makes this one fail on a rule (its entry id is now taken,
     * its money spent). Then the answer is the duplicate's stored result, not that refusal.
     */
    private boolean duplicateCommittedMeanwhile(String user, String key) {
        try {
            return store.find(user, key).isPresent();
        } catch (RuntimeException aborted) {
            // the transaction failed in the database; the original exception says why
            return false;
        }
    }
}
