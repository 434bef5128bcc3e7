package cn.jsedu.ledger.command.platform;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The store's documents and events as a fixture test declares them: what is not declared does not exist. */
final class KnownEvidence implements Evidence {

    private final Set<String> documents = new HashSet<>();
    private final Set<String> events = new HashSet<>();

    /** A document uploaded to {@code platformId}. */
    KnownEvidence document(String platformId, String hash) {
        documents.add(platformId + "/" + hash);
        return this;
    }

    /** An event of {@code platformId}. */
    KnownEvidence event(String platformId, String eventId) {
        events.add(platformId + "/" + eventId);
        return this;
    }

    @Override
    public List<String> documentsNotUploaded(String platformId, List<String> hashes) {
        return hashes.stream().filter(h -> !documents.contains(platformId + "/" + h)).toList();
    }

    @Override
    public List<String> eventsNotOfPlatform(String platformId, List<String> eventIds) {
        return eventIds.stream().filter(id -> !events.contains(platformId + "/" + id)).toList();
    }
}
