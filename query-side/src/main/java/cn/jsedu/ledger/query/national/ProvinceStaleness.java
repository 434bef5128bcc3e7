package cn.jsedu.ledger.query.national;

import java.time.Instant;

/**
 * How current one province's figures are in the national view: its store answers or not (since when not), how many
 * of its events were projected and the stored time of the last one. A province whose store does not answer is
 * {@code stale}: its figures are those of {@code lastEventAt}, while the other provinces' go on.
 *
 * @param province        the store's name
 * @param reachable       false from a failed read of its store until a read succeeds again
 * @param downSince       the first failed read of the current outage; null while reachable
 * @param lastEventAt     the stored time of the last of its events projected; null before the first
 * @param eventsProjected how many of its events the national view has projected
 * @param stale           its figures may be behind its store: the store does not answer
 */
public record ProvinceStaleness(String province, boolean reachable, Instant downSince, Instant lastEventAt,
                                long eventsProjected, boolean stale) {
}
