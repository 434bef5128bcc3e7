package cn.jsedu.ledger.command.platform;

import java.util.List;

/**
 * What an import recorded: the rows it recorded now and the rows whose entries the platform had already (a file
 * uploaded again records nothing twice), by their numbers in the file; and the platform's version afterwards.
 */
public record ImportResult(String platformId, List<Integer> recordedRows, List<Integer> alreadyRecordedRows,
                           long version) {

    public ImportResult {
        recordedRows = List.copyOf(recordedRows);
        alreadyRecordedRows = List.copyOf(alreadyRecordedRows);
    }
}
