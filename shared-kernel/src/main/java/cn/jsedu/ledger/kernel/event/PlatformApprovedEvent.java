package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.platform.PlanLine;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** 已立项: the approved plan met the minimum total and the enterprise share when this was recorded. */
@Revision("1")
public record PlatformApprovedEvent(String platformId, int batch, LocalDate constructionStart,
                                    LocalDate constructionEnd, List<PlanLine> plan, String decisionRef)
        implements PlatformEvent {
}
