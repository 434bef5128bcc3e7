package cn.jsedu.ledger.kernel.event;

/**
 * Every fact about an evaluation round (绩效评价 / 中期检查, docs/adr/0026-performance-evaluation.md): its opening, the
 * panel's scores, the proposal to publish its results and their publication. One stream per round, whose aggregate
 * identifier is the round id ({@code EVAL-…}, an id no platform or programme may take). Immutable records with
 * {@code @Revision}; who and when are in the message's metadata and timestamp, as for {@link PlatformEvent}s.
 */
public interface EvaluationRoundEvent {

    String roundId();
}
