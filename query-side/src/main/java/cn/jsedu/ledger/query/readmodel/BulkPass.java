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

    private final StreamableMessageSource<TrackedEventMessage<?>> source;
    private final BlockingStream<TrackedEventMessage<?>> stream;
    private final EventHandlerInvoker handlers;
    private volatile long applied;
    private TrackingToken position;

    BulkPass(StreamableMessageSource<TrackedEventMessage<?>> source, EventHandlerInvoker handlers) {
        this.source = source;
        this.handlers = handlers;
        this.stream = source.openStream(source.createTailToken());
    }

    /**
     * Applies events until the source has none to give now, or once one at or past {@code until} is applied
     * (null: no such bound; a catch-up while commands keep coming would otherwise chase them for ever).
     */
    void drain(BulkLoad load, TrackingToken until) throws Exception {
        List<TrackedEventMessage<?>> unit = new ArrayList<>(UNIT);
        while (stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)) {
            TrackedEventMessage<?> event = stream.nextAvailable();
            unit.add(event);
            if (unit.size() == UNIT) {
                apply(unit, load);
                unit.clear();
            }
            if (until != null && event.trackingToken() != null && event.trackingToken().covers(until)) {
                break;
            }
        }
        apply(unit, load);
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
        stream.close();
    }
}
