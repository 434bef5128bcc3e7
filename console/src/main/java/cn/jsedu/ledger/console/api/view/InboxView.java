package cn.jsedu.ledger.console.api.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The query API's {@code GET /api/v1/me/inbox}: what waits for the signed-in user, with the count of each kind
 * (ADR 0025). Kinds are the API's stable codes, named in the catalogue as {@code inbox.kind.<code>}.
 */
public record InboxView(String username, LocalDate today, int total, Map<String, Integer> counts, List<Item> items) {

    public InboxView {
        counts = counts == null ? Map.of() : Map.copyOf(counts);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** One item: a date to meet ({@code due}, {@code daysLeft}) or a wait ({@code since}, {@code ageDays}). */
    public record Item(String kind, String platformId, String ref, LocalDate due, Long daysLeft, LocalDate since,
                       Long ageDays, Map<String, String> figures, String link) {

        public Item {
            figures = figures == null ? Map.of() : Map.copyOf(figures);
        }
    }
}
