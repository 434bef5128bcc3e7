package cn.jsedu.ledger.query.programme;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.query.balance.BalancesView;
import cn.jsedu.ledger.query.balance.FiguresView;
import cn.jsedu.ledger.query.compliance.ComplianceRules;
import cn.jsedu.ledger.query.compliance.ComplianceView;
import cn.jsedu.ledger.query.ledger.Figures;
import cn.jsedu.ledger.query.programme.ProgrammeJudgments.Judged;
import org.springframework.stereotype.Service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The programme-wide answers of part 3 of issue 15 (docs/api.md): compliance and money by source of a programme's
 * platforms as of any date, as known at any time, filtered and paged, from {@link ProgrammeJudgments}.
 */
@Service
public class ProgrammeReports {

    private final ProgrammeJudgments judgments;

    public ProgrammeReports(ProgrammeJudgments judgments) {
        this.judgments = judgments;
    }

    /** Empty if the programme is unknown (or not established). */
    public Optional<ProgrammeComplianceReport> compliance(ProgrammeSelection selection, int page, int size) {
        return judgments.judge(selection).map(judgment -> {
            ProgrammeParameters p = judgment.parameters();
            List<Judged> all = judgment.platforms();
            List<Judged> counted = all.stream().filter(j -> j.compliance().status().wasApproved()).toList();
            Money plannedTotal = sum(counted, c -> c.plannedTotal());
            Money plannedEnterprise = sum(counted, c -> c.plannedEnterprise());
            Money actualTotal = sum(counted, c -> c.actualTotal());
            Money actualEnterprise = sum(counted, c -> c.actualEnterprise());
            ProgrammeComplianceReport.Totals totals = new ProgrammeComplianceReport.Totals(counted.size(),
                    plannedTotal.toString(), plannedEnterprise.toString(),
                    ComplianceRules.percent(plannedEnterprise, plannedTotal), actualTotal.toString(),
                    actualEnterprise.toString(), ComplianceRules.percent(actualEnterprise, actualTotal),
                    count(counted, ComplianceView::plannedTotalMet), count(counted, ComplianceView::plannedEnterpriseShareMet),
                    count(counted, ComplianceView::actualEnterpriseShareMet),
                    count(counted, ComplianceView::arrivalBehindSchedule), sum(counted, c -> c.recoveryDue()).toString());
            Map<String, Long> findings = new TreeMap<>();
            all.forEach(j -> j.findingCodes().stream().distinct().forEach(code -> findings.merge(code, 1L, Long::sum)));
            List<ProgrammeComplianceReport.Row> rows = page(all, page, size).stream().map(ProgrammeReports::complianceRow)
                    .toList();
            return new ProgrammeComplianceReport(selection.programmeId(), selection.asOf(), selection.knownAt(),
                    p.minimumTotalInvestment().toString(), p.minimumEnterpriseShare().toString(),
                    p.arrivalTolerancePercent(), totals, findings, page, size, all.size(), rows);
        });
    }

    /** Empty if the programme is unknown (or not established). */
    public Optional<ProgrammeBalancesReport> balances(ProgrammeSelection selection, int page, int size) {
        return judgments.judge(selection).map(judgment -> {
            List<Judged> all = judgment.platforms();
            Map<FundingSource, Figures> totals = new EnumMap<>(FundingSource.class);
            for (FundingSource source : FundingSource.values()) {
                totals.put(source, Figures.NONE);
            }
            long counted = 0;
            for (Judged j : all) {
                if (j.compliance().status().wasApproved()) {
                    counted++;
                    j.balances().bySource().forEach((source, figures) -> totals.merge(source, figures, Figures::plus));
                }
            }
            Figures total = totals.values().stream().reduce(Figures.NONE, Figures::plus);
            List<ProgrammeBalancesReport.Row> rows = page(all, page, size).stream().map(j ->
                    new ProgrammeBalancesReport.Row(j.row().platformId(), j.row().title(), j.row().collegeName(),
                            j.row().collegeCity(), j.compliance().status(), j.row().batch(),
                            sources(j.balances().bySource()), FiguresView.of(j.balances().total()),
                            j.inputs().platform().version())).toList();
            return new ProgrammeBalancesReport(selection.programmeId(), selection.asOf(), selection.knownAt(), counted,
                    sources(totals), FiguresView.of(total), page, size, all.size(), rows);
        });
    }

    private static ProgrammeComplianceReport.Row complianceRow(Judged j) {
        ComplianceView c = j.compliance();
        return new ProgrammeComplianceReport.Row(j.row().platformId(), j.row().title(), j.row().collegeName(),
                j.row().collegeCity(), c.status(), j.row().batch(), c.plannedTotal(), c.plannedEnterprise(),
                c.plannedTotalMet(), c.plannedEnterpriseShareMet(), c.actualTotal(), c.actualEnterprise(),
                c.actualEnterprisePercent(), c.actualEnterpriseShareMet(), c.arrivalPercent(),
                c.arrivalBehindSchedule(), c.recoveryDue(), j.findingCodes(), c.version());
    }

    private static List<BalancesView.SourceBalance> sources(Map<FundingSource, Figures> bySource) {
        return bySource.entrySet().stream().map(e -> new BalancesView.SourceBalance(e.getKey(),
                e.getKey().chineseName(), FiguresView.of(e.getValue()))).toList();
    }

    private static <T> List<T> page(List<T> all, int page, int size) {
        long from = Math.min((long) page * size, all.size());
        return all.subList((int) from, (int) Math.min(from + size, all.size()));
    }

    private static Money sum(List<Judged> judged, java.util.function.Function<ComplianceView, String> amount) {
        return judged.stream().map(j -> Money.parse(amount.apply(j.compliance()))).reduce(Money.ZERO, Money::plus);
    }

    private static long count(List<Judged> judged, java.util.function.Predicate<ComplianceView> met) {
        return judged.stream().filter(j -> met.test(j.compliance())).count();
    }
}
