package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.kernel.platform.AcceptanceResult;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;

import java.time.LocalDate;
import java.util.List;

/** A platform's detail: status, construction period, plan in force, parties, agreements, decisions. */
public record PlatformDetailView(String platformId, long version, PlatformStatus status, String collegeCode,
                                 String collegeName, String majorGroup, String industry, String title, Integer batch,
                                 LocalDate constructionStart, LocalDate constructionEnd, String approvalRef,
                                 boolean keySupport, AcceptanceResult acceptanceResult, LocalDate acceptanceReviewedOn,
                                 List<PlanLineView> plan, List<PlatformQueries.Party> parties,
                                 List<PlatformQueries.Agreement> agreements, List<PlatformQueries.Decision> decisions) {

    public record PlanLineView(String source, String partyId, int year, String amount) {
    }

    static PlatformDetailView of(PlatformRow r, List<PlanLineView> plan, PlatformQueries queries) {
        return new PlatformDetailView(r.platformId(), r.version(), r.status(), r.collegeCode(), r.collegeName(),
                r.majorGroup(), r.industry(), r.title(), r.batch(), r.constructionStart(), r.constructionEnd(),
                r.approvalRef(), r.keySupport(), r.acceptanceResult(), r.acceptanceReviewedOn(), plan,
                queries.parties(r.platformId()), queries.agreements(r.platformId()), queries.decisions(r.platformId()));
    }
}
