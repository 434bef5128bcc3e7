package cn.jsedu.ledger.query.notification;

import cn.jsedu.ledger.kernel.role.Role;
import cn.jsedu.ledger.query.inbox.InboxKind;

import java.time.Instant;

/**
 * One notification of the outbox: an inbox item pushed when the event that created it is recorded (ADR 0025).
 * {@code id} is {@code <kind>:<event id>}, unique: the same event never notifies twice of the same thing.
 * Addressed to a role on the platform (a college officer of its college, every administrator but
 * {@code exceptUser}), or to the representative of {@code audienceParty}, one of the platform's enterprises.
 */
public record Notification(String id, InboxKind kind, String platformId, String ref, Role audienceRole,
                           String audienceParty, String exceptUser, String subject, String body, String eventId,
                           Instant recordedAt) {

    public static String id(InboxKind kind, String eventId) {
        return kind.name() + ":" + eventId;
    }
}
