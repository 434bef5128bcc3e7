package cn.jsedu.ledger.command.commit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Commands waiting for a batch, in the order they arrived, and what the batches being run hold.
 *
 * <p>A platform is in at most one running batch: a command on a platform that a running batch holds waits for that
 * batch to end, and so does every later command on that platform, so a platform's commands run (and commit) in the
 * order they arrived. Within one batch several commands of one platform run one after the other, each on the state
 * the previous one left. So the next batch on a platform begins after the previous one committed, and its first
 * write (which fixes its transaction id) comes after that commit: per platform, transaction-id order is sequence
 * order, as the query side's stream needs (ADR 0003). The same holds for a sender's idempotency key: one command per
 * key at a time, so a repeat waits and then finds the first one's stored result.
 */
final class CommandQueue {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Deque<PendingCommand> waiting = new ArrayDeque<>();
    private final Set<String> platformsRunning = new HashSet<>();
    private final Set<String> keysRunning = new HashSet<>();
    /** Batches selected and not yet {@link #done}. */
    private int batchesRunning;
    /** An exclusive command ({@link SpansAggregates}) is running: no other batch starts. */
    private boolean exclusiveRunning;
    private boolean closed;
    private boolean paused;

    void submit(PendingCommand command) {
        lock.lock();
        try {
            if (closed) {
                throw new RejectedExecutionException("the command side is shutting down");
            }
            waiting.addLast(command);
            changed.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The next batch, at most {@code max} commands, waiting until one can run; its platforms and keys are held until
     * {@link #done}. Empty once the queue is closed and nothing waits any more.
     */
    List<PendingCommand> next(int max) throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                List<PendingCommand> batch = paused ? List.of() : select(max);
                if (!batch.isEmpty()) {
                    return batch;
                }
                if (closed && waiting.isEmpty()) {
                    return List.of();
                }
                changed.await();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The next batch if one can run now, else an empty list, without waiting (tests). */
    List<PendingCommand> nextIfAny(int max) {
        lock.lock();
        try {
            return paused ? List.of() : select(max);
        } finally {
            lock.unlock();
        }
    }

    private List<PendingCommand> select(int max) {
        if (exclusiveRunning) {
            return List.of();
        }
        List<PendingCommand> batch = new ArrayList<>();
        Set<String> held = new HashSet<>();
        Set<String> platforms = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (Iterator<PendingCommand> it = waiting.iterator(); it.hasNext() && batch.size() < max; ) {
            PendingCommand command = it.next();
            String platform = command.platformId();
            String key = command.senderKey();
            if (command.exclusive()) {
                // nothing may run beside it, and nothing arrived after it may overtake it: it waits at the head
                // until the running batches end (or runs next, in a batch of its own)
                if (batch.isEmpty() && batchesRunning == 0 && !(key != null && keysRunning.contains(key))) {
                    it.remove();
                    batch.add(command);
                    exclusiveRunning = true;
                    if (key != null) {
                        keys.add(key);
                    }
                }
                break;
            }
            boolean blocked = platform != null && (platformsRunning.contains(platform) || held.contains(platform))
                    || key != null && (keysRunning.contains(key) || keys.contains(key))
                    || command.alone() && !batch.isEmpty();
            if (blocked) {
                // later commands of this platform must not overtake it
                if (platform != null) {
                    held.add(platform);
                }
                continue;
            }
            it.remove();
            batch.add(command);
            if (platform != null) {
                platforms.add(platform);
            }
            if (key != null) {
                keys.add(key);
            }
            if (command.alone()) {
                break;
            }
        }
        platformsRunning.addAll(platforms);
        keysRunning.addAll(keys);
        if (!batch.isEmpty()) {
            batchesRunning++;
        }
        return batch;
    }

    /**
     * The batch has ended: its platforms and keys are free; {@code again} (commands of the batch that must run once
     * more) go to the front, in their order, ahead of every later command of their platforms.
     */
    void done(List<PendingCommand> batch, List<PendingCommand> again) {
        lock.lock();
        try {
            batchesRunning--;
            for (PendingCommand command : batch) {
                if (command.exclusive()) {
                    exclusiveRunning = false;
                }
                if (command.platformId() != null) {
                    platformsRunning.remove(command.platformId());
                }
                if (command.senderKey() != null) {
                    keysRunning.remove(command.senderKey());
                }
            }
            for (int i = again.size() - 1; i >= 0; i--) {
                waiting.addFirst(again.get(i));
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Starts no batch until {@link #release}: the commands that arrive meanwhile then go in as few batches as the
     * batch size and their platforms allow. For tests that need several commands in one batch.
     */
    void hold() {
        lock.lock();
        try {
            paused = true;
        } finally {
            lock.unlock();
        }
    }

    void release() {
        lock.lock();
        try {
            paused = false;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Commands waiting for a batch. */
    int waiting() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    /** No new commands; those waiting still run. */
    void close() {
        lock.lock();
        try {
            closed = true;
            paused = false;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
