package cn.jsedu.ledger.command.platform;

/**
 * What every successful command answers: the platform, the entry it created (if any) and the platform's
 * version afterwards (the sequence number of its last event, starting at 0 for the declaration).
 */
public record CommandResult(String platformId, String entryId, long version) {
}
