package cn.jsedu.ledger.query.round;

/** A panel item not yet scored for a platform in an open round's scope. */
public record MissingPanelScore(String platformId, String itemCode) {
}
