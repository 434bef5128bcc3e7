package cn.jsedu.ledger.command.platform;

/**
 * Where the platform reports how many rows of a file it has judged (ADR 0024), for a client watching a large file's
 * import. Reporting changes nothing of the platform and decides nothing: a command judged again (an append conflict,
 * ADR 0005) reports again from its first row.
 */
public interface ImportProgress {

    /** Reports nothing: for a file no client watches. */
    ImportProgress NONE = (platformId, progressId, rowsJudged) -> {
    };

    /**
     * {@code rowsJudged} rows of the file the client named {@code progressId} (null: none) have been judged by the
     * platform {@code platformId}.
     */
    void judged(String platformId, String progressId, int rowsJudged);
}
