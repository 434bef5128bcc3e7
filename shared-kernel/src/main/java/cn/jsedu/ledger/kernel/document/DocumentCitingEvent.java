package cn.jsedu.ledger.kernel.document;

import java.util.List;

/**
 * An event that cites evidence documents. {@link #documents()} holds their {@link DocumentHash} values (64 hex
 * digits each), never null, in the order given; the field is named {@code documents} in every such event's stored
 * JSON, which is how the offline verifier finds the citations without knowing the event types.
 */
public interface DocumentCitingEvent {

    /** The JSON field that holds the cited hashes in every citing event's payload. */
    String FIELD = "documents";

    List<String> documents();

    /** An absent list (a row stored before the event could cite documents) is empty. */
    static List<String> orEmpty(List<String> documents) {
        return documents == null ? List.of() : List.copyOf(documents);
    }
}
