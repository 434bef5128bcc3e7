package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.platform.College;
import cn.jsedu.ledger.kernel.platform.EnterpriseParty;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * 已申报: a college declared a platform in a programme, with its cooperating enterprises and planned investment.
 * Revision 1 had no programme: such stored rows are read with the default programme's id (service-support's
 * {@code PlatformDeclaredEventUpcaster}); the stored bytes stay as they were.
 */
@Revision("2")
public record PlatformDeclaredEvent(String platformId, String programmeId, College college, String majorGroup,
                                    String industry, String title, List<EnterpriseParty> enterprises,
                                    List<PlanLine> plan) implements PlatformEvent {
}
