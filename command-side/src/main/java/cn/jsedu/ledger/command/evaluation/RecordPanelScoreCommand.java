package cn.jsedu.ledger.command.evaluation;

import cn.jsedu.ledger.command.commit.SpansAggregates;

/**
 * The panel's score of one panel item for one platform of a round, in centipoints, with the remarks behind it.
 * Handled by {@link RoundScoring}: it reads the platform too, to check it belongs to the round.
 * {@code scope} is the sender's programme scope (null: every programme): a round of another programme is, to it, no
 * round at all (404), as the access policy treats another programme's platforms.
 */
public record RecordPanelScoreCommand(String roundId, String platformId, String itemCode, int centipoints,
                                      String remarks, String recordedBy, String scope) implements SpansAggregates {

    /** By a user of every programme. */
    public RecordPanelScoreCommand(String roundId, String platformId, String itemCode, int centipoints, String remarks,
                                   String recordedBy) {
        this(roundId, platformId, itemCode, centipoints, remarks, recordedBy, null);
    }
}
