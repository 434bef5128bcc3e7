package cn.jsedu.ledger.query.evaluation;

import cn.jsedu.ledger.kernel.evaluation.EvaluationScheme;
import cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes;
import cn.jsedu.ledger.kernel.evaluation.ItemKind;
import cn.jsedu.ledger.kernel.evaluation.SchemeItem;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.readiness.AcceptanceChecklist;
import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations;
import cn.jsedu.ledger.kernel.readiness.ReadinessFigures;
import cn.jsedu.ledger.kernel.readiness.ReadinessItem;
import cn.jsedu.ledger.kernel.report.PlatformReports;
import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.compliance.ComplianceRules;
import cn.jsedu.ledger.query.ledger.Balances;
import cn.jsedu.ledger.query.ledger.Figures;
import cn.jsedu.ledger.query.ledger.LedgerLine;
import cn.jsedu.ledger.query.platform.PlatformAsKnown;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The objective items of an evaluation scheme for one platform (docs/domain.md §8, ADR 0026): a pure function of the
 * platform's inputs as known at one time, its reports as known at that time, the reference date and the scheme, so
 * the same question asked again "as known at" the same time gives the same scores whatever was corrected since. Money
 * figures come from the ledger's one fold ({@link Balances}), the reports, indicators and workstations from the
 * acceptance checklist's ({@link AcceptanceChecklist}), so an evaluation never measures a fact differently from the
 * readiness page.
 */
public final class ObjectiveScores {

    private ObjectiveScores() {
    }

    /**
     * @param in      the platform's money inputs as known at {@code knownAt} ({@link BalanceQueries#inputs})
     * @param reports its reports, task book and agreements as known at {@code knownAt}
     * @param knownAt the recording time the inputs were read at; never null
     * @throws IllegalArgumentException if the platform was not approved as known at {@code knownAt}
     */
    public static List<ItemScore> compute(BalanceQueries.Inputs in, PlatformReports reports, LocalDate referenceDate,
                                          Instant knownAt, ProgrammeParameters p, EvaluationScheme scheme) {
        Objects.requireNonNull(knownAt, "knownAt");
        PlatformAsKnown platform = in.platform();
        if (platform.constructionStart() == null) {
            throw new IllegalArgumentException("platform " + platform.platformId() + " was not approved as known at "
                    + knownAt + ": it has no construction period to evaluate");
        }
        Balances balances = Balances.of(in.lines(), in.plan(), in.provincialAdjustment(), referenceDate, knownAt);
        List<LedgerLine> counted = in.lines().stream().filter(l -> l.counts(referenceDate, knownAt)).toList();
        List<ReadinessItem> checklist = AcceptanceChecklist.items(new AcceptanceChecklist.Subject(platform.status(),
                platform.constructionStart(), platform.constructionEnd(), Money.ZERO, Money.ZERO, List.of(), reports,
                ContributionConfirmations.NONE), referenceDate, p);
        List<ItemScore> scores = new ArrayList<>();
        for (SchemeItem item : scheme.itemsOf(ItemKind.OBJECTIVE)) {
            scores.add(switch (item.code()) {
                case EvaluationSchemes.FUNDS_IN_PLACE -> fundsInPlace(item, in, balances, counted, platform, referenceDate);
                case EvaluationSchemes.ENTERPRISE_SHARE -> enterpriseShare(item, balances, counted);
                case EvaluationSchemes.EXECUTION -> execution(item, balances, counted);
                case EvaluationSchemes.TASK_INDICATORS -> taskIndicators(item, checklist(checklist,
                        AcceptanceChecklist.MANDATORY_INDICATORS));
                case EvaluationSchemes.REPORTS_SUBMITTED -> reportsSubmitted(item, checklist(checklist,
                        AcceptanceChecklist.REPORTS_SUBMITTED));
                case EvaluationSchemes.WORKSTATION_SHARE -> workstations(item, checklist(checklist,
                        AcceptanceChecklist.WORKSTATION_SHARE));
                default -> throw new IllegalStateException("objective item " + item.code() + " of scheme "
                        + scheme.schemeId() + " v" + scheme.version() + " has no measurement");
            });
        }
        return scores;
    }

    /** Investment in place against the plan's part due by the reference date: received × period ≥ planned × elapsed. */
    private static ItemScore fundsInPlace(SchemeItem item, BalanceQueries.Inputs in, Balances balances,
                                          List<LedgerLine> counted, PlatformAsKnown platform, LocalDate referenceDate) {
        Figures total = balances.total();
        Money received = nonNegative(total.netReceived());
        ComplianceRules.Elapsed elapsed = ComplianceRules.elapsed(platform.constructionStart(),
                platform.constructionEnd(), referenceDate);
        long numerator = Math.multiplyExact(received.fen(), elapsed.periodDays());
        long denominator = Math.multiplyExact(total.planned().fen(), elapsed.days());
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("received", received.toString());
        figures.put("planned", total.planned().toString());
        figures.put("elapsedDays", String.valueOf(elapsed.days()));
        figures.put("periodDays", String.valueOf(elapsed.periodDays()));
        balances.bySource().forEach((source, f) -> {
            if (f.planned().isPositive() || !f.netReceived().isZero()) {
                figures.put("received." + source.name(), f.netReceived().toString());
                figures.put("planned." + source.name(), f.planned().toString());
            }
        });
        List<String> evidence = new ArrayList<>();
        if (in.planEventId() != null) {
            evidence.add(in.planEventId());
        }
        evidence.addAll(ids(counted, ObjectiveScores::receipt));
        return score(item, numerator, denominator, figures, evidence);
    }

    private static ItemScore enterpriseShare(SchemeItem item, Balances balances, List<LedgerLine> counted) {
        Money enterprise = nonNegative(balances.of(FundingSource.ENTERPRISE).netReceived());
        Money received = nonNegative(balances.total().netReceived());
        return score(item, enterprise.fen(), received.fen(),
                figures("enterprise", enterprise.toString(), "received", received.toString()),
                ids(counted, ObjectiveScores::receipt));
    }

    /** 执行率 (docs/domain.md §9): cash spent of cash received. */
    private static ItemScore execution(SchemeItem item, Balances balances, List<LedgerLine> counted) {
        Money spent = nonNegative(balances.total().spent());
        Money cash = nonNegative(balances.total().receivedCash());
        return score(item, spent.fen(), cash.fen(), figures("spent", spent.toString(), "receivedCash", cash.toString()),
                ids(counted, l -> !l.spent().isZero() || !l.receivedCash().isZero()));
    }

    private static ItemScore taskIndicators(SchemeItem item, ReadinessItem indicators) {
        ReadinessFigures f = indicators.figures();
        Map<String, String> figures = figures("indicatorsMet", String.valueOf(f.indicatorsMet()),
                "mandatoryIndicators", String.valueOf(f.mandatoryIndicators()));
        figures.put("unmetIndicators", String.join(",", f.unmetIndicators()));
        return score(item, f.indicatorsMet(), f.mandatoryIndicators(), figures, indicators.evidence());
    }

    private static ItemScore reportsSubmitted(SchemeItem item, ReadinessItem reports) {
        ReadinessFigures f = reports.figures();
        Map<String, String> figures = figures("reportsSubmitted", String.valueOf(f.reportsSubmitted()),
                "reportsDue", String.valueOf(f.reportsDue()));
        figures.put("missingPeriods", String.join(",", f.missingPeriods()));
        return score(item, f.reportsSubmitted(), f.reportsDue(), figures, reports.evidence());
    }

    private static ItemScore workstations(SchemeItem item, ReadinessItem workstations) {
        List<ReadinessFigures.WorkstationYear> years = workstations.figures().workstationYears();
        long met = years.stream().filter(ReadinessFigures.WorkstationYear::met).count();
        return score(item, met, years.size(), figures("yearsMet", String.valueOf(met),
                "completeYears", String.valueOf(years.size())), workstations.evidence());
    }

    private static ItemScore score(SchemeItem item, long numerator, long denominator, Map<String, String> figures,
                                   List<String> eventIds) {
        return new ItemScore(item.code(), item.title(), item.weight(),
                item.rule().score(item.weight(), numerator, denominator), numerator, denominator,
                denominator > 0 && item.rule().met(numerator, denominator), figures, eventIds);
    }

    private static ReadinessItem checklist(List<ReadinessItem> items, String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the acceptance checklist has no item " + code));
    }

    private static boolean receipt(LedgerLine line) {
        return line.isReceipt() || line.recovered().isPositive();
    }

    private static List<String> ids(List<LedgerLine> lines, Predicate<LedgerLine> which) {
        return lines.stream().filter(which).map(LedgerLine::eventId).toList();
    }

    private static Money nonNegative(Money money) {
        return money.isNegative() ? Money.ZERO : money;
    }

    private static Map<String, String> figures(String k1, String v1, String k2, String v2) {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put(k1, v1);
        figures.put(k2, v2);
        return figures;
    }
}
