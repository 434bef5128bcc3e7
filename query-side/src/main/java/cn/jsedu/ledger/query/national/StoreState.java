package cn.jsedu.ledger.query.national;

import java.time.Instant;

/**
 * What a national reader knows of one provincial store: whether its database answers, since when it does not, and
 * the stored time of the last of its events the stream delivered — how current that province's figures are.
 *
 * @param province    the store's name, as given to {@link NationalEventSource}
 * @param reachable   false from a failed read until a read succeeds again
 * @param downSince   the first failed read of the current outage; null while reachable
 * @param lastEventAt the timestamp of the last event delivered from this store; null before the first
 */
public record StoreState(String province, boolean reachable, Instant downSince, Instant lastEventAt) {
}
