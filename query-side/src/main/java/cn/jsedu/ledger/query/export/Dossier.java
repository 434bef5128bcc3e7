package cn.jsedu.ledger.query.export;

import cn.jsedu.ledger.query.balance.BalancesView;
import cn.jsedu.ledger.query.ledger.LedgerLine;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.proposal.ProposalView;
import cn.jsedu.ledger.query.platform.AcceptanceRequests;
import cn.jsedu.ledger.query.readiness.ReadinessView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Everything an acceptance dossier shows, read once: the platform, its readiness checklist, its balances, its
 * decisions and proposals, its verification, its money events, the Chinese labels to print them with, and its
 * acceptance requests with any override of the acceptance gate (ADR 0022).
 */
public record Dossier(PlatformRow platform, ReadinessView readiness, BalancesView balances,
                      List<PlatformQueries.Decision> decisions, List<ProposalView> proposals,
                      VerificationSummary verification, List<LedgerLine> lines, LocalDate asOf, Instant generatedAt,
                      Function<String, String> labels, List<AcceptanceRequests.AcceptanceRequest> acceptanceRequests) {

    /** The label of a message key ({@code item.TOTAL_RECEIVED}), or the key itself. */
    public String label(String key) {
        return labels.apply(key);
    }
}
