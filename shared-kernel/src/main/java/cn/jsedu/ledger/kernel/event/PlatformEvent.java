package cn.jsedu.ledger.kernel.event;

/**
 * Every fact about a platform. Each implementation is an immutable record with {@code @Revision}; the
 * recording time is the event message's timestamp, the issuing user and the reasons are in its metadata
 * (see {@link EventMetadataKeys}).
 */
public interface PlatformEvent {

    String platformId();
}
