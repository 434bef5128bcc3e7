package cn.jsedu.ledger.query.readmodel;

import cn.jsedu.ledger.kernel.money.Money;

import java.time.Instant;

/**
 * Where the projections' writes of one unit of work go: a processor batch ({@link WriteBatch}, SQL in the batch's
 * transaction) or a bulk rebuild ({@link BulkLoad}, COPY into staging tables). Both apply the same contract, which
 * is what makes their rows identical whatever the batch boundaries:
 * <ul>
 *   <li>statements take effect in the order given, per table;</li>
 *   <li>additions to running totals and platform versions take effect after every statement of the unit, summed
 *       and maxed per platform — so a statement must never read a running total, {@code version} or
 *       {@code updated_at} (none does: they are written only through {@link ReadModelWriter#add} and
 *       {@link ReadModelWriter#version}).</li>
 * </ul>
 */
interface ProjectionWrites {

    void statement(String sql, Object[] args);

    void add(String platformId, PlatformTotal total, Money delta);

    void version(String platformId, long sequence, Instant at);
}
