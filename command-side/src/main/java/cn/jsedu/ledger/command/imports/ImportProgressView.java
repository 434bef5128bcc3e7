package cn.jsedu.ledger.command.imports;

import java.time.Instant;

/**
 * How far an upload the client named {@code progressId} has come (ADR 0024): {@code rows} rows of entries read from the
 * file, {@code judged} of them judged by the platform; once {@code RECORDED}, how many were recorded now and how many
 * had been before; once {@code REFUSED}, how many errors the answer lists. The upload's own answer is the outcome.
 */
public record ImportProgressView(String platformId, String progressId, String kind, ImportRuns.Phase phase, int rows,
                                 int judged, int recorded, int alreadyRecorded, int errors, Instant startedAt,
                                 Instant updatedAt) {
}
