package cn.jsedu.ledger.kernel.event;

import org.axonframework.serialization.Revision;

/**
 * The panel's score (专家评议) of one panel item for one platform of a round, in hundredths of a point, with the
 * remarks behind it. A later score of the same platform and item replaces this one for the result; both stay in the
 * round's history.
 */
@Revision("1")
public record PanelScoreRecordedEvent(String roundId, String platformId, String itemCode, int centipoints,
                                      String remarks, String recordedBy) implements EvaluationRoundEvent {
}
