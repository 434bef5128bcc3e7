package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.platform.College;
import cn.jsedu.ledger.kernel.platform.EnterpriseParty;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import org.axonframework.serialization.Revision;

import java.util.List;

/** 已申报: a college declared a platform with its cooperating enterprises and planned investment. */
@Revision("1")
public record PlatformDeclaredEvent(String platformId, College college, String majorGroup, String industry,
                                    String title, List<EnterpriseParty> enterprises, List<PlanLine> plan)
        implements PlatformEvent {
}
