package cn.jsedu.ledger.kernel.platform;

import java.time.LocalDate;

/** An acceptance request proposed past a checklist that is not READY: the request's date and why it should pass. */
public record ProposedAcceptanceOverride(LocalDate requestedOn, String reason) {
}
