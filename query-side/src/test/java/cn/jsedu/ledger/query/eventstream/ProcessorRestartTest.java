package cn.jsedu.ledger.query.eventstream;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static cn.jsedu.ledger.query.eventstream.TestEvents.commitInstallments;
import static cn.jsedu.ledger.query.eventstream.TestEvents.commitInstallmentsTogether;
import static org.assertj.core.api.Assertions.assertThat;

/** Stops, restarts, failures and resets of a query-side processor: nothing is lost and nothing applied twice. */
class ProcessorRestartTest extends GapProbeContext {

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    PlatformTransactionManager transactions;

    private PooledStreamingEventProcessor processor() {
        return processing.eventProcessor(GapProbe.GROUP, PooledStreamingEventProcessor.class).orElseThrow();
    }

    @Test
    void aProcessingGroupNamedNowhereInConfigurationIsAPooledProcessorWithTheConfiguredSegments() {
        commitInstallments(1);
        eventually().until(() -> processor().processingStatus().size() == 2);
        assertThat(processor().isRunning()).isTrue();
    }

    @Test
    void eventsCommittedWhileStoppedAreAppliedOnceAfterTheRestart() {
        List<String> first = commitInstallments(10);
        awaitAppliedExactlyOnce(first);

        processor().shutDown();
        List<String> whileStopped = commitInstallments(10);
        eventually().during(java.time.Duration.ofMillis(500)).until(() -> probe.applied(whileStopped) == 0);
        processor().start();

        awaitAppliedExactlyOnce(all(first, whileStopped));
    }

    @Test
    void stoppingInTheMiddleOfABacklogLosesAndRepeatsNothing() {
        processor().shutDown();
        List<String> backlog = commitInstallmentsTogether(1000);
        processor().start();
        eventually().until(() -> probe.applied(backlog) > 0);
        processor().shutDown();
        processor().start();

        awaitAppliedExactlyOnce(backlog);
    }

    @Test
    void aFailingHandlerRollsBackItsWritesWithTheTokenAndTheBatchIsRedone() {
        // One platform, so one segment: the third event is applied only after the failed batch was redone.
        String platform = "P-" + UUID.randomUUID();
        List<String> batch = new ArrayList<>();
        try (TestEvents.Writer writer = new TestEvents.Writer()) {
            for (int sequence = 0; sequence < 3; sequence++) {
                batch.add(writer.insert(TestEvents.installment(platform), platform, sequence, Instant.now(),
                        MetaData.emptyInstance()));
            }
            probe.failOnceAfterWriting(batch.get(1));
            writer.commit();
        }

        awaitAppliedExactlyOnce(batch);
        assertThat(probe.failurePending()).as("the planned failure happened").isFalse();
    }

    @Test
    void aResetReplaysEverythingOnceAndMarksItAsReplay() {
        List<String> before = commitInstallments(5);
        awaitAppliedExactlyOnce(before);

        processor().shutDown();
        processor().resetTokens();
        assertThat(probe.applied(before)).as("the reset handler cleared the projection").isZero();
        processor().start();

        awaitAppliedExactlyOnce(before);
        assertThat(probe.replayFlags(before)).containsOnly(true);
        List<String> after = commitInstallments(3);
        awaitAppliedExactlyOnce(after);
        assertThat(probe.replayFlags(after)).containsOnly(false);
    }

    @Test
    void tokensRoundTripThroughTheJdbcTokenStore() {
        TrackingToken replay = ReplayToken.createReplayToken(new XidIndexToken(901, 12), new XidIndexToken(3, 4));
        String name = "round-trip-" + UUID.randomUUID();
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);

        inTransaction.executeWithoutResult(status -> tokenStore.initializeTokenSegments(name, 1, replay));
        TrackingToken read = inTransaction.execute(status -> tokenStore.fetchToken(name, 0));

        assertThat(read).isEqualTo(replay);
    }
}
