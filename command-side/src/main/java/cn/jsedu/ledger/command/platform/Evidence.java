package cn.jsedu.ledger.command.platform;

import java.util.List;

/**
 * What a command cites, looked up in the store (docs/adr/0021): evidence documents uploaded to the platform and the
 * platform's own events. Injected into the handlers that take citations; the store's implementation reads the event
 * store's tables in the command's transaction.
 */
public interface Evidence {

    /** Of {@code hashes}, those that name no document uploaded to platform {@code platformId}, in the order given. */
    List<String> documentsNotUploaded(String platformId, List<String> hashes);

    /** Of {@code eventIds}, those that name no event of platform {@code platformId}, in the order given. */
    List<String> eventsNotOfPlatform(String platformId, List<String> eventIds);
}
