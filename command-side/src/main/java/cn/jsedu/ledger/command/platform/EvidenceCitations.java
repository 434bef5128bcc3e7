package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.document.DocumentHash;
import cn.jsedu.ledger.kernel.error.ErrorCode;

import java.util.List;

/**
 * A command cites only what exists for its platform (docs/adr/0021): documents uploaded to it, events of it. The
 * refusal names the first citation that does not, by its place in the command ({@code documents[2]}).
 */
final class EvidenceCitations {

    private EvidenceCitations() {
    }

    /** The hashes as the event carries them (once each, in the order given), once all are uploaded to the platform. */
    static List<String> requireUploaded(Evidence evidence, String platformId, List<DocumentHash> documents) {
        if (documents == null || documents.isEmpty()) {
            return List.of();
        }
        List<String> hashes = documents.stream().map(DocumentHash::value).distinct().toList();
        List<String> missing = evidence.documentsNotUploaded(platformId, hashes);
        if (!missing.isEmpty()) {
            int at = documents.stream().map(DocumentHash::value).toList().indexOf(missing.get(0));
            throw new LedgerRuleException(ErrorCode.UNKNOWN_DOCUMENT, "documents[" + at + "]",
                    "no document " + missing.get(0) + " was uploaded to this platform: upload it first");
        }
        return hashes;
    }

    static List<String> requireEventsOfPlatform(Evidence evidence, String platformId, List<String> eventIds) {
        if (eventIds == null || eventIds.isEmpty()) {
            return List.of();
        }
        List<String> ids = eventIds.stream().distinct().toList();
        List<String> unknown = evidence.eventsNotOfPlatform(platformId, ids);
        if (!unknown.isEmpty()) {
            throw new LedgerRuleException(ErrorCode.UNKNOWN_EVIDENCE_EVENT,
                    "evidenceEventIds[" + eventIds.indexOf(unknown.get(0)) + "]",
                    "no event " + unknown.get(0) + " on this platform");
        }
        return ids;
    }
}
