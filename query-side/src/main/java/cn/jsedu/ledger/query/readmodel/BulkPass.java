package cn.jsedu.ledger.query.readmodel;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The events of a bulk rebuild, read from the processor's own source from its tail — the same stream, read bound
 * and order as the processor's (ADR 0003) — and handed to the processor's own event handlers, whose writes go to a
 * {@link BulkLoad}. What it has applied ends at {@link #position()}: a position of that source, at which the
 * processor can take over without skipping or repeating an event.
 */
final class BulkPass implements AutoCloseable {

    /** Events per unit of work (the handlers see one per event; the unit only routes their writes). */
    private static final int UNIT = 1000;
    private static final List<TrackedEventMessage<?>> END = List.of();

    private final StreamableMessageSource<TrackedEventMessage<?>> source;
    private final BlockingStream<TrackedEventMessage<?>> stream;
    private final EventHandlerInvoker handlers;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-model-rebuild-reader");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long applied;
    private TrackingToken position;

    BulkPass(StreamableMessageSource<TrackedEventMessage<?>> source, EventHandlerInvoker handlers) {
        this.source = source;
        this.handlers = handlers;
        this.stream = source.openStream(source.createTailToken());
    }

    /**
     * Applies events until the source has none to give now, or once one at or past {@code until} is applied
     * (null: no such bound; a catch-up while commands keep coming would otherwise chase them for ever). Reading
     * (the query, the rows, the payloads' JSON) runs on a thread of its own, a few units ahead of the handlers.
     */
    void drain(BulkLoad load, TrackingToken until) throws Exception {
        BlockingQueue<List<TrackedEventMessage<?>>> units = new ArrayBlockingQueue<>(4);
        Future<?> reading = reader.submit(() -> {
            read(units, until);
            return null;
        });
        try {
            while (true) {
                List<TrackedEventMessage<?>> unit = units.poll(100, TimeUnit.MILLISECONDS);
                if (unit == null) {
                    if (reading.isDone()) {
                        reading.get(); // the reader's failure, if that is why it stopped
                        if (units.isEmpty()) {
                            throw new IllegalStateException("the event reader stopped without saying so");
                        }
                    }
                    continue;
                }
                if (unit == END) {
                    break;
                }
                apply(unit, load);
            }
            reading.get();
        } finally {
            reading.cancel(true);
        }
    }

    private void read(BlockingQueue<List<TrackedEventMessage<?>>> units, TrackingToken until)
            throws InterruptedException {
        List<TrackedEventMessage<?>> unit = new ArrayList<>(UNIT);
        while (stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)) {
            TrackedEventMessage<?> event = stream.nextAvailable();
            deserialize(event);
            unit.add(event);
            if (until != null && event.trackingToken() != null && event.trackingToken().covers(until)) {
                break;
            }
            if (unit.size() == UNIT) {
                units.put(unit);
                unit = new ArrayList<>(UNIT);
            }
        }
        if (!unit.isEmpty()) {
            units.put(unit);
        }
        units.put(END);
    }

    /** Here rather than in the handlers' thread; if it fails, the handlers meet the failure as they would anyway. */
    private static void deserialize(TrackedEventMessage<?> event) {
        try {
            event.getPayload();
        } catch (RuntimeException e) {
            // left to the handlers
        }
    }

    private void apply(List<TrackedEventMessage<?>> events, BulkLoad load) throws Exception {
        if (events.isEmpty()) {
            return;
        }
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(events.get(0));
        ReadModelWriter.writeTo(unitOfWork, load);
        try {
            for (TrackedEventMessage<?> event : events) {
                handlers.handle(event, Segment.ROOT_SEGMENT);
            }
        } catch (Exception | Error e) {
            unitOfWork.rollback(e);
            throw e;
        }
        unitOfWork.commit();
        position = events.get(events.size() - 1).trackingToken();
        applied += events.size();
    }

    /** Events applied so far (read by status requests on other threads). */
    long applied() {
        return applied;
    }

    /** After the last event applied; the source's tail if none was. */
    TrackingToken position() {
        return position != null ? position : source.createTailToken();
    }

    @Override
    public void close() {
        reader.shutdownNow();
        stream.close();
    }
}
