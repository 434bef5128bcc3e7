package cn.jsedu.ledger.kernel.event;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How events set a platform's construction period (docs/domain.md §4): the approval sets start and end, an extension
 * moves the end. The one definition, used by the aggregate, the query side's projections and the audit replay, as
 * {@link StatusFold} is for the status.
 */
public final class ConstructionPeriodFold {

    private ConstructionPeriodFold() {
    }

    /** The construction start {@code event} sets; empty for every event but the approval. */
    public static Optional<LocalDate> startSetBy(PlatformEvent event) {
        return event instanceof PlatformApprovedEvent e ? Optional.of(e.constructionStart()) : Optional.empty();
    }

    /** The construction end {@code event} sets: the approval's, or an extension's new end; empty otherwise. */
    public static Optional<LocalDate> endSetBy(PlatformEvent event) {
        if (event instanceof PlatformApprovedEvent e) {
            return Optional.of(e.constructionEnd());
        }
        if (event instanceof ConstructionExtendedEvent e) {
            return Optional.of(e.newEnd());
        }
        return Optional.empty();
    }
}
