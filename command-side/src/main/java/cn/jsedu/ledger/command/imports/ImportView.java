package cn.jsedu.ledger.command.imports;

import cn.jsedu.ledger.command.platform.ImportResult;

import java.util.List;

/**
 * The answer to an import that every row passed: how many rows the file had, which were recorded now and which had
 * been recorded by an earlier upload (by their row numbers), and the platform's version afterwards. {@code dryRun}:
 * nothing was recorded, {@code recordedRows} are the rows that would have been.
 */
public record ImportView(String platformId, String kind, boolean dryRun, int rows, int recorded, int alreadyRecorded,
                         List<Integer> recordedRows, List<Integer> alreadyRecordedRows, long version) {

    static ImportView of(ImportKind kind, boolean dryRun, int rows, ImportResult result) {
        return new ImportView(result.platformId(), kind.entryKind().name(), dryRun, rows, result.recordedRows().size(),
                result.alreadyRecordedRows().size(), result.recordedRows(), result.alreadyRecordedRows(),
                result.version());
    }
}
