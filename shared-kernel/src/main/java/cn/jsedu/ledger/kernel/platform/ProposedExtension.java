package cn.jsedu.ledger.kernel.platform;

import java.time.LocalDate;

/** An extension (延期) as proposed: the new construction end, why, and the decision document. */
public record ProposedExtension(LocalDate newEnd, String reason, String decisionRef) {
}
