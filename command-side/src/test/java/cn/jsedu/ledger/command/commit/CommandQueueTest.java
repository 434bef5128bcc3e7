package cn.jsedu.ledger.command.commit;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.RejectedExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which waiting commands may share a batch: per-platform order and one command per idempotency key at a time. */
class CommandQueueTest {

    private final CommandQueue queue = new CommandQueue();

    private static PendingCommand on(String platform, String name) {
        return new PendingCommand(new GenericCommandMessage<>(name), null, (c, r) -> { }, platform, null, false);
    }

    private static PendingCommand keyed(String platform, String name, String key) {
        return new PendingCommand(new GenericCommandMessage<>(name), null, (c, r) -> { }, platform, key, false);
    }

    private static PendingCommand alone(String name) {
        return new PendingCommand(new GenericCommandMessage<>(name), null, (c, r) -> { }, null, null, true);
    }

    private static PendingCommand exclusive(String name) {
        return new PendingCommand(new GenericCommandMessage<>(name), null, (c, r) -> { }, null, null, true, true);
    }

    private static List<Object> payloads(List<PendingCommand> batch) {
        return batch.stream().<Object>map(c -> c.message().getPayload()).toList();
    }

    @Test
    void commandsOnDifferentPlatformsAndOnePlatformShareABatchInArrivalOrder() throws Exception {
        queue.submit(on("A", "a1"));
        queue.submit(on("B", "b1"));
        queue.submit(on("A", "a2"));

        assertThat(payloads(queue.next(10))).containsExactly("a1", "b1", "a2");
    }

    @Test
    void aPlatformInARunningBatchWaitsAndItsLaterCommandsDoNotOvertake() throws Exception {
        queue.submit(on("A", "a1"));
        List<PendingCommand> first = queue.next(10);
        queue.submit(on("A", "a2"));
        queue.submit(on("B", "b1"));
        queue.submit(on("A", "a3"));

        assertThat(payloads(queue.next(10))).containsExactly("b1");
        queue.done(first, List.of());
        assertThat(payloads(queue.next(10))).containsExactly("a2", "a3");
    }

    @Test
    void commandsToRunAgainGoAheadOfTheLaterCommandsOfTheirPlatform() throws Exception {
        queue.submit(on("A", "a1"));
        queue.submit(on("A", "a2"));
        List<PendingCommand> batch = queue.next(1);
        queue.submit(on("A", "a3"));

        queue.done(batch, List.of(batch.get(0)));

        assertThat(payloads(queue.next(10))).containsExactly("a1", "a2", "a3");
    }

    @Test
    void twoCommandsWithOneKeyNeverRunAtTheSameTime() throws Exception {
        queue.submit(keyed("A", "first", "user\nk"));
        queue.submit(keyed("B", "repeat", "user\nk"));
        queue.submit(keyed("C", "other", "user\nk2"));

        List<PendingCommand> batch = queue.next(10);
        assertThat(payloads(batch)).containsExactly("first", "other");
        queue.done(batch, List.of());
        assertThat(payloads(queue.next(10))).containsExactly("repeat");
    }

    @Test
    void aCommandThatMustRunAloneHasABatchOfItsOwn() throws Exception {
        queue.submit(on("A", "a1"));
        queue.submit(alone("declare"));
        queue.submit(on("B", "b1"));

        List<PendingCommand> first = queue.next(10);
        assertThat(payloads(first)).containsExactly("a1", "b1");
        queue.done(first, List.of());
        assertThat(payloads(queue.next(10))).containsExactly("declare");
    }

    /**
     * A command that loads several aggregates ({@link SpansAggregates}: a round's publication) runs when no batch
     * runs, and no batch runs beside it: its platforms are not known before it runs, so a batch beside it could hold
     * one of them while it holds another. Commands that arrive after it wait behind it.
     */
    @Test
    void anExclusiveCommandWaitsForTheRunningBatchesAndNothingRunsBesideIt() throws Exception {
        queue.submit(on("A", "a1"));
        List<PendingCommand> first = queue.next(10);
        queue.submit(exclusive("publish"));
        queue.submit(on("B", "b1"));

        assertThat(queue.nextIfAny(10)).as("neither the exclusive command nor one behind it beside a batch").isEmpty();
        queue.done(first, List.of());
        List<PendingCommand> publication = queue.next(10);
        assertThat(payloads(publication)).containsExactly("publish");
        assertThat(queue.nextIfAny(10)).as("nothing beside the exclusive command").isEmpty();
        queue.done(publication, List.of());
        assertThat(payloads(queue.next(10))).containsExactly("b1");
    }

    @Test
    void anExclusiveCommandHasABatchOfItsOwnAndRunsAgainExclusive() throws Exception {
        queue.submit(exclusive("publish"));
        queue.submit(on("A", "a1"));

        List<PendingCommand> publication = queue.next(10);
        assertThat(payloads(publication)).containsExactly("publish");
        queue.done(publication, List.of(publication.get(0).asAlone()));
        List<PendingCommand> again = queue.next(10);
        assertThat(payloads(again)).containsExactly("publish");
        assertThat(again.get(0).exclusive()).isTrue();
        assertThat(queue.nextIfAny(10)).isEmpty();
        queue.done(again, List.of());
        assertThat(payloads(queue.next(10))).containsExactly("a1");
    }

    @Test
    void aBatchHoldsAtMostTheMaximum() throws Exception {
        for (int i = 0; i < 5; i++) {
            queue.submit(on("P" + i, "c" + i));
        }
        assertThat(queue.next(3)).hasSize(3);
        assertThat(queue.next(3)).hasSize(2);
    }

    @Test
    void aClosedQueueRunsWhatWaitsThenEndsAndTakesNothingNew() throws Exception {
        queue.submit(on("A", "a1"));
        queue.hold();
        queue.close();

        assertThatThrownBy(() -> queue.submit(on("B", "b1"))).isInstanceOf(RejectedExecutionException.class);
        assertThat(payloads(queue.next(10))).containsExactly("a1");
        assertThat(queue.next(10)).isEmpty();
    }
}
