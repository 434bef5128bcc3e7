package cn.jsedu.ledger.command.commit;

import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.messaging.MessageHandler;

/**
 * A dispatched command waiting for its batch, and where its answer goes.
 *
 * @param platformId the aggregate it targets; null for a command handled outside an aggregate (it runs alone)
 * @param senderKey  the sender's idempotency key (user and key), or null: two commands with one key never share a
 *                   batch or run at the same time, so the second one finds the first one's stored result
 * @param alone      runs in a transaction of its own: its handler writes before the events do (the declaration's
 *                   registry claim), or it is run again alone after a batch it was part of failed
 * @param exclusive  runs alone and while no other batch runs ({@link SpansAggregates})
 */
record PendingCommand(CommandMessage<?> message, MessageHandler<? super CommandMessage<?>> handler,
                      CommandCallback<Object, Object> callback, String platformId, String senderKey, boolean alone,
                      boolean exclusive) {

    PendingCommand(CommandMessage<?> message, MessageHandler<? super CommandMessage<?>> handler,
                   CommandCallback<Object, Object> callback, String platformId, String senderKey, boolean alone) {
        this(message, handler, callback, platformId, senderKey, alone, false);
    }

    PendingCommand asAlone() {
        return new PendingCommand(message, handler, callback, platformId, senderKey, true, exclusive);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void answer(CommandResultMessage<?> result) {
        ((CommandCallback) callback).onResult(message, result);
    }
}
