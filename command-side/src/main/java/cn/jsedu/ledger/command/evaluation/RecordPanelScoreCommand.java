package cn.jsedu.ledger.command.evaluation;

import cn.jsedu.ledger.command.commit.SpansAggregates;

/**
 * The panel's score of one panel item for one platform of a round, in centipoints, with the remarks behind it.
 * Handled by {@link RoundScoring}: it reads the platform too, to check it belongs to the round.
 */
public record RecordPanelScoreCommand(String roundId, String platformId, String itemCode, int centipoints,
                                      String remarks, String recordedBy) implements SpansAggregates {
}
