package cn.jsedu.ledger.query.readmodel;

/** Names shared by the projections that build the read models. */
public final class ReadModels {

    /**
     * All read-model projections share one processing group, so that one platform's rows in every table are
     * always at the same event: one version per platform answers {@code minVersion} for every query.
     */
    public static final String PROCESSING_GROUP = "read-models";

    private ReadModels() {
    }
}
