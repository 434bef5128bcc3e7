package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.platform.AcceptanceResult;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** 验收: PASSED or EXCELLENT make the platform ACCEPTED, FAILED makes it ACCEPTANCE_FAILED. */
@Revision("1")
public record AcceptanceReviewedEvent(String platformId, AcceptanceResult result, LocalDate reviewedOn,
                                      String panel, String remarks) implements PlatformEvent {
}
