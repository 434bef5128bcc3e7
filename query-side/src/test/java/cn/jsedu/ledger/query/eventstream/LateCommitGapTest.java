package cn.jsedu.ledger.query.eventstream;

import cn.jsedu.ledger.query.eventstream.TestEvents.Writer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.jsedu.ledger.query.eventstream.TestEvents.commitInstallments;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The point of the XidOrderedEventSource: late commits on the real query side (pooled processors, token store,
 * transactions as configured) end with every event applied exactly once. Stock Axon skips in the same situations
 * once its gap timeout has passed (see StockAxonSkipsLateCommitTest); the holds here are only a few seconds
 * because nothing in this design depends on a timeout.
 */
class LateCommitGapTest extends GapProbeContext {

    private static final Duration HOLD = Duration.ofSeconds(2);

    @Test
    void scenarioA_xidTakenEarlyEventInsertedLast() {
        List<String> before = commitInstallments(5);
        try (Writer slow = new Writer()) {
            slow.takeXid();
            List<String> others = commitInstallments(30);
            awaitAppliedExactlyOnce(before);
            // Held back, never skipped: nothing at or above the oldest open transaction is read.
            eventually().during(HOLD).until(() -> probe.applied(others) == 0);
            String late = slow.insertInstallment();
            slow.commit();
            awaitAppliedExactlyOnce(all(before, others, List.of(late)));
        }
    }

    @Test
    void scenarioB_insertedEarlyWithALowIndexCommittedLate() {
        try (Writer slow = new Writer()) {
            String late = slow.insertInstallment();
            List<String> others = commitInstallments(30);
            eventually().during(HOLD).until(() -> probe.applied(others) == 0);
            slow.commit();
            awaitAppliedExactlyOnce(all(List.of(late), others));
        }
    }

    @Test
    void scenarioC_aRolledBackTransactionLeavesAHoleButNoStall() {
        String neverCommitted;
        List<String> others;
        try (Writer doomed = new Writer()) {
            neverCommitted = doomed.insertInstallment();
            others = commitInstallments(20);
            doomed.rollback();
        }
        List<String> afterwards = commitInstallments(5);

        awaitAppliedExactlyOnce(all(others, afterwards));
        assertThat(probe.applied(List.of(neverCommitted))).isZero();
    }

    /** Why a global-index order with the xmin bound added is not enough: xid order and index order differ. */
    @Test
    void scenarioD_anEarlierXidWithAHigherIndexCommitsWhileALowerIndexIsOpen() {
        try (Writer first = new Writer(); Writer second = new Writer()) {
            first.takeXid();
            second.takeXid();
            String lowIndex = second.insertInstallment();
            String highIndex = first.insertInstallment();
            first.commit();
            // Final as soon as it commits, although a lower index is still open behind it.
            awaitAppliedExactlyOnce(List.of(highIndex));
            second.commit();
            awaitAppliedExactlyOnce(List.of(lowIndex, highIndex));
        }
    }

    @Test
    void manyConcurrentWritersInterleavingXidsAndInsertsAreAllAppliedOnce() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            results.add(writers.submit(() -> {
                List<String> ids = new ArrayList<>();
                for (int tx = 0; tx < 20; tx++) {
                    try (Writer writer = new Writer()) {
                        if (tx % 3 == 0) {
                            writer.takeXid();
                        }
                        List<String> inTransaction = new ArrayList<>();
                        for (int e = 0; e <= tx % 3; e++) {
                            inTransaction.add(writer.insertInstallment());
                        }
                        if (tx % 7 == 6) {
                            writer.rollback();
                        } else {
                            writer.commit();
                            ids.addAll(inTransaction);
                        }
                    }
                }
                return ids;
            }));
        }
        List<String> committed = new ArrayList<>();
        for (Future<List<String>> result : results) {
            committed.addAll(result.get());
        }
        writers.shutdown();

        awaitAppliedExactlyOnce(committed);
    }
}
