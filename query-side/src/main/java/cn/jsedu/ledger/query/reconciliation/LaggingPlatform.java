package cn.jsedu.ledger.query.reconciliation;

import java.time.Instant;

/**
 * A platform whose read model has not yet applied its latest events because the processor has not reached them:
 * not a disagreement. It was compared at its read model's version.
 *
 * @param readModelVersion the version the read model had applied; absent if it has no row for it yet
 * @param storeVersion     the sequence number of its last stored event
 */
public record LaggingPlatform(String platformId, Long readModelVersion, long storeVersion, Instant checkedAt) {
}
