package cn.jsedu.ledger.query.inbox;

import cn.jsedu.ledger.kernel.role.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What waits for the signed-in user as of {@code today}: the count of each kind (every kind, zeros included) and the items. */
public record InboxView(String username, Role role, LocalDate today, int total, Map<InboxKind, Integer> counts,
                        List<InboxItem> items) {
}
