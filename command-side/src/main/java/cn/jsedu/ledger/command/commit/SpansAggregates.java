package cn.jsedu.ledger.command.commit;

/**
 * A command whose handler loads several aggregates (an evaluation round and platforms of its results, ADR 0026), which
 * group commit runs alone and with nothing beside it: no batch is running when it starts, and none starts until it
 * has committed ({@link CommandQueue}).
 *
 * <p>Why not in a batch: a batch knows the one aggregate each command targets. A command that fails rolls back its own
 * unit of work, but the aggregates it changed before it failed stay loaded in the batch (Axon keeps them in the
 * root unit of work), and the batch marks only the command's target as spoiled, so a later command of the batch on
 * another of its platforms would run on state the failed command left. Alone, a failure rolls back the whole
 * transaction and leaves nothing behind (GroupCommitIT).
 *
 * <p>Why nothing beside it: the aggregates it will load are not known before it runs (the approval of a publication
 * finds its platforms in the round). A batch running beside it on one of those platforms would hold that platform's
 * lock while the command holds another one the batch wants next: a deadlock between the committers.
 */
public interface SpansAggregates {
}
