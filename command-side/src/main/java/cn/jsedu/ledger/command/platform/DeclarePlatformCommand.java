package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.platform.College;
import cn.jsedu.ledger.kernel.platform.EnterpriseParty;
import cn.jsedu.ledger.kernel.platform.PlanLine;

import java.util.List;

public record DeclarePlatformCommand(PlatformId platformId, College college, String majorGroup, String industry,
                                     String title, List<EnterpriseParty> enterprises, List<PlanLine> plan) {
}
