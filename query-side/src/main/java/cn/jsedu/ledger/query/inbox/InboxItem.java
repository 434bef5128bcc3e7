package cn.jsedu.ledger.query.inbox;

import java.time.LocalDate;
import java.util.Map;

/**
 * One thing waiting for the user. {@code due} and {@code daysLeft} (negative once past) for what has a date to meet;
 * {@code since} and {@code ageDays} for what has waited since an event; {@code ref} names the item within its
 * platform (the period, proposal, finding or contribution entry); {@code figures} are the numbers behind it, money as
 * decimal strings; {@code link} is the API path that shows it in full.
 */
public record InboxItem(InboxKind kind, String platformId, String ref, LocalDate due, Long daysLeft, LocalDate since,
                        Long ageDays, Map<String, String> figures, String link) {
}
