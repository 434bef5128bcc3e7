package cn.jsedu.ledger.query.compliance;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations;
import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.ledger.Balances;
import cn.jsedu.ledger.query.ledger.Figures;
import cn.jsedu.ledger.query.ledger.LedgerLine;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformAsKnown;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Decides one platform's funding compliance as of a date and as known at a time, naming the evidence. Every input is
 * as known at that time ({@link BalanceQueries.Inputs}): the platform's status, version and construction period too.
 */
public final class ComplianceCalculator {

    private ComplianceCalculator() {
    }

    /**
     * @param contributions the enterprise contributions with their enterprises' answers: disputed money is a finding
     *                      (ADR 0022); the read model keeps the latest answers only, so callers pass
     *                      {@link ContributionConfirmations#NONE} for an answer as known at a past time
     */
    public static ComplianceView compute(BalanceQueries.Inputs in, ContributionConfirmations contributions,
                                         LocalDate asOf, Instant knownAt, ProgrammeParameters p) {
        PlatformAsKnown platform = in.platform();
        Balances balances = Balances.of(in.lines(), in.plan(), in.provincialAdjustment(), asOf, knownAt);
        Figures total = balances.total();
        Money plannedTotal = total.planned();
        Money plannedEnterprise = balances.of(FundingSource.ENTERPRISE).planned();
        Money actualTotal = total.netReceived();
        Money actualEnterprise = balances.of(FundingSource.ENTERPRISE).netReceived();
        List<String> receipts = ids(in.lines().stream().filter(l -> l.counts(asOf, knownAt))
                .filter(l -> l.isReceipt() || l.recovered().isPositive()));
        String planEvidence = in.planEventId();

        List<Finding> findings = new ArrayList<>();
        boolean plannedTotalMet = ComplianceRules.totalMet(plannedTotal, p);
        if (!plannedTotalMet) {
            findings.add(new Finding("PLANNED_TOTAL_BELOW_MINIMUM", "planned total " + plannedTotal
                    + " is below the minimum " + p.minimumTotalInvestment(),
                    figures("plannedTotal", plannedTotal, "minimumTotal", p.minimumTotalInvestment()), evidence(planEvidence)));
        }
        boolean plannedShareMet = ComplianceRules.shareMet(plannedEnterprise, plannedTotal, p);
        if (!plannedShareMet) {
            findings.add(new Finding("PLANNED_ENTERPRISE_SHARE_NOT_MET", "planned enterprise investment "
                    + plannedEnterprise + " is less than " + p.minimumEnterpriseShare() + " of " + plannedTotal,
                    figures("plannedEnterprise", plannedEnterprise, "plannedTotal", plannedTotal), evidence(planEvidence)));
        }
        boolean actualShareMet = ComplianceRules.shareMet(actualEnterprise, actualTotal, p);
        if (!actualShareMet) {
            findings.add(new Finding("ACTUAL_ENTERPRISE_SHARE_NOT_MET", "enterprise investment in place "
                    + actualEnterprise + " is less than " + p.minimumEnterpriseShare() + " of " + actualTotal,
                    figures("actualEnterprise", actualEnterprise, "actualTotal", actualTotal), receipts));
        }
        boolean actualTotalMet = ComplianceRules.totalMet(actualTotal, p);
        if (ComplianceRules.actualTotalBelowMinimum(actualTotal, platform.constructionEnd(), asOf, p)) {
            findings.add(new Finding("ACTUAL_TOTAL_BELOW_MINIMUM", "investment in place " + actualTotal
                    + " is below the minimum " + p.minimumTotalInvestment() + " after the construction period",
                    figures("actualTotal", actualTotal, "minimumTotal", p.minimumTotalInvestment()), receipts));
        }
        ComplianceRules.Elapsed elapsed = platform.constructionStart() == null ? null
                : ComplianceRules.elapsed(platform.constructionStart(), platform.constructionEnd(), asOf);
        boolean behind = elapsed != null && ComplianceRules.arrivalBehind(total.received(), plannedTotal, elapsed, p);
        if (behind) {
            findings.add(new Finding("ARRIVAL_BEHIND_SCHEDULE", "received " + total.received() + " of planned "
                    + plannedTotal + " (" + ComplianceRules.percent(total.received(), plannedTotal) + "%) with "
                    + elapsed.percent() + "% of the construction period elapsed; tolerance "
                    + p.arrivalTolerancePercent() + " points",
                    figures("received", total.received(), "plannedTotal", plannedTotal), withPlan(receipts, planEvidence)));
        }
        Money recoveryDue = recoveryDue(in, balances);
        if (recoveryDue.isPositive()) {
            findings.add(new Finding("RECOVERY_DUE", recoveryDue + " of provincial funds is to be recovered",
                    figures("recoveryDue", recoveryDue, "provincialCashBalance",
                            balances.of(FundingSource.PROVINCIAL_FINANCE).cashBalance()), recoveryEvidence(in, asOf, knownAt)));
        }
        List<ContributionConfirmations.Contribution> disputed = contributions.inForceBy(asOf).stream()
                .filter(c -> c.state() == ContributionConfirmations.State.DISPUTED).toList();
        if (!disputed.isEmpty()) {
            Money amount = disputed.stream().map(ContributionConfirmations.Contribution::amount)
                    .reduce(Money.ZERO, Money::plus);
            Map<String, String> figures = new LinkedHashMap<>();
            figures.put("disputedAmount", amount.toString());
            figures.put("disputedContributions", String.valueOf(disputed.size()));
            findings.add(new Finding("CONTRIBUTION_DISPUTED", amount + " of enterprise contributions ("
                    + disputed.stream().map(ContributionConfirmations.Contribution::entryId).toList()
                    + ") is disputed by the enterprise it is recorded for", figures,
                    disputed.stream().flatMap(c -> c.eventIds().stream()).toList()));
        }
        return ComplianceView.builder(platform.platformId(), platform.version(), platform.status(), asOf, knownAt)
                .minimumTotal(p.minimumTotalInvestment())
                .minimumEnterpriseShare(p.minimumEnterpriseShare())
                .plannedTotal(plannedTotal, plannedTotalMet)
                .plannedEnterprise(plannedEnterprise, ComplianceRules.percent(plannedEnterprise, plannedTotal), plannedShareMet)
                .actualTotal(actualTotal, actualTotalMet)
                .actualEnterprise(actualEnterprise, ComplianceRules.percent(actualEnterprise, actualTotal), actualShareMet)
                .elapsedPercent(elapsed == null ? null : elapsed.percent())
                .arrival(ComplianceRules.percent(total.received(), plannedTotal), behind)
                .recoveryDue(recoveryDue)
                .findings(findings)
                .build();
    }

    private static Money recoveryDue(BalanceQueries.Inputs in, Balances balances) {
        boolean terminated = in.decisions().stream().anyMatch(d -> d.type().terminates());
        Figures provincial = balances.of(FundingSource.PROVINCIAL_FINANCE);
        return ComplianceRules.recoveryDue(terminated, provincial.netReceived(), provincial.planned(), provincial.cashBalance());
    }

    private static List<String> recoveryEvidence(BalanceQueries.Inputs in, LocalDate asOf, Instant knownAt) {
        Stream<String> decisions = in.decisions().stream()
                .filter(d -> d.type().terminates() || d.type() == DecisionType.REDUCE_SUPPORT)
                .map(PlatformQueries.Decision::eventId);
        Stream<String> provincial = in.lines().stream().filter(l -> l.counts(asOf, knownAt))
                .filter(l -> l.source() == FundingSource.PROVINCIAL_FINANCE).map(LedgerLine::eventId);
        return Stream.concat(decisions, provincial).toList();
    }

    private static List<String> ids(Stream<LedgerLine> lines) {
        return lines.map(LedgerLine::eventId).toList();
    }

    private static List<String> evidence(String eventId) {
        return eventId == null ? List.of() : List.of(eventId);
    }

    private static List<String> withPlan(List<String> ids, String planEvent) {
        List<String> all = new ArrayList<>(evidence(planEvent));
        all.addAll(ids);
        return all;
    }

    private static Map<String, String> figures(String k1, Money v1, String k2, Money v2) {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put(k1, v1.toString());
        figures.put(k2, v2.toString());
        return figures;
    }
}
