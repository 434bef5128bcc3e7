package cn.jsedu.ledger.query.round;

import java.time.Instant;

/** The panel's latest score of one item for one platform of a round, with who recorded it, when, and its event. */
public record PanelScoreView(String platformId, String itemCode, int centipoints, String remarks, String recordedBy,
                             Instant recordedAt, String eventId) {
}
