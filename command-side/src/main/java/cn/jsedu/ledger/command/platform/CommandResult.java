package cn.jsedu.ledger.command.platform;

/**
 * What every successful command answers: the platform or the programme it changed, the entry it created (if any:
 * an entry, agreement, decision or proposal id) and that aggregate's version afterwards (the sequence number of its
 * last event, starting at 0 for the first).
 */
public record CommandResult(String platformId, String programmeId, String entryId, long version) {

    public static CommandResult ofPlatform(String platformId, String entryId, long version) {
        return new CommandResult(platformId, null, entryId, version);
    }

    public static CommandResult ofProgramme(String programmeId, String entryId, long version) {
        return new CommandResult(null, programmeId, entryId, version);
    }
}
