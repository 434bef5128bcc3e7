package cn.jsedu.ledger.command.evaluation;

/**
 * Whether a platform belongs to a round: it exists, is of the round's programme (and batch, for a round of one
 * batch), was approved and is neither rejected nor terminated. The round asks before it records a panel score or a
 * proposal; the platform itself judges again when the publication is approved. {@link PlatformMembership} asks the
 * platform; tests answer from a set.
 */
@FunctionalInterface
public interface RoundMembership {

    boolean belongs(String platformId, String programmeId, Integer batch);
}
