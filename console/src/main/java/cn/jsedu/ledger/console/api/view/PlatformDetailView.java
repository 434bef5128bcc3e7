package cn.jsedu.ledger.console.api.view;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.platform.AcceptanceResult;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.PartyRole;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The query API's {@code GET /api/v1/platforms/{id}}: status, construction period, plan, parties, decisions. */
public record PlatformDetailView(String platformId, long version, PlatformStatus status, String collegeCode,
                                 String collegeName, String majorGroup, String industry, String title, Integer batch,
                                 LocalDate constructionStart, LocalDate constructionEnd, String approvalRef,
                                 boolean keySupport, AcceptanceResult acceptanceResult, LocalDate acceptanceReviewedOn,
                                 List<PlanLine> plan, List<Party> parties, List<Agreement> agreements,
                                 List<Decision> decisions) {

    public record PlanLine(FundingSource source, String partyId, int year, String amount) {
    }

    public record Party(String partyId, String name, String creditCode, PartyRole role, boolean declared,
                        boolean inAgreement) {
    }

    public record Agreement(String agreementId, LocalDate signedOn, String termsRef, String eventId,
                            List<Pledge> pledges) {
    }

    public record Pledge(String partyId, FundingSource source, ContributionForm form, String amount) {
    }

    public record Decision(String decisionId, DecisionType type, String amount, String basis, String decisionRef,
                           LocalDate decidedOn, Instant recordedAt, String eventId) {
    }
}
