package cn.jsedu.ledger.query.export;

import cn.jsedu.ledger.query.balance.BalancesView;
import cn.jsedu.ledger.query.compliance.ComplianceView;
import cn.jsedu.ledger.query.document.DocumentView;
import cn.jsedu.ledger.query.finding.FindingView;
import cn.jsedu.ledger.query.ledger.LedgerLine;
import cn.jsedu.ledger.query.platform.AcceptanceRequests;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.proposal.ProposalView;
import cn.jsedu.ledger.query.readiness.ReadinessView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything an acceptance dossier shows, read once: the platform, its readiness checklist, its balances and funding
 * compliance, its decisions and proposals, its verification, its money events, its acceptance requests with any
 * override of the acceptance gate (ADR 0022), its audit findings and their rectification, its evidence documents with
 * the events citing them (ADR 0021), and the words to print the codes and figures with.
 */
public record Dossier(PlatformRow platform, ReadinessView readiness, BalancesView balances, ComplianceView compliance,
                      List<PlatformQueries.Decision> decisions, List<ProposalView> proposals,
                      VerificationSummary verification, List<LedgerLine> lines, LocalDate asOf, Instant generatedAt,
                      DossierWords words, List<AcceptanceRequests.AcceptanceRequest> acceptanceRequests,
                      List<FindingView> auditFindings, List<DocumentView> documents) {
}
