package cn.jsedu.ledger.query.reconciliation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The disagreements found while checking one platform (or the programme), stamped with what and when. */
final class Findings {

    private final String platformId;
    private final Instant checkedAt;
    private final List<Disagreement> found = new ArrayList<>();

    Findings(String platformId, Instant checkedAt) {
        this.platformId = platformId;
        this.checkedAt = checkedAt;
    }

    /** Values are compared with {@code equals} (money in fen, enums, dates) and shown as the API writes them. */
    void compare(Disagreement.Kind kind, String figure, Object readModel, Object fromEvents) {
        if (!Objects.equals(readModel, fromEvents)) {
            add(kind, figure, text(readModel), text(fromEvents));
        }
    }

    void add(Disagreement.Kind kind, String figure, String readModel, String fromEvents) {
        found.add(new Disagreement(platformId, kind, figure, readModel, fromEvents, checkedAt));
    }

    List<Disagreement> list() {
        return List.copyOf(found);
    }

    private static String text(Object value) {
        return value == null ? "none" : value.toString();
    }
}
