package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.platform.College;
import cn.jsedu.ledger.kernel.platform.EnterpriseParty;
import cn.jsedu.ledger.kernel.platform.PlanLine;

import java.util.List;

/** Declares a platform in {@code programmeId}, which must be established. */
public record DeclarePlatformCommand(PlatformId platformId, ProgrammeId programmeId, College college, String majorGroup,
                                     String industry, String title, List<EnterpriseParty> enterprises,
                                     List<PlanLine> plan) {
}
