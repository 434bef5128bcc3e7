package cn.jsedu.ledger.query.readiness;

import cn.jsedu.ledger.kernel.readiness.ReadinessItem;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations;
import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.enterprise.ContributionRepository;
import cn.jsedu.ledger.query.ledger.Balances;
import cn.jsedu.ledger.query.ledger.LedgerLine;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.programme.ProgrammeQueries;
import cn.jsedu.ledger.kernel.report.PlatformReports;
import cn.jsedu.ledger.query.reporting.ReportingRepository;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Acceptance readiness of one platform (with evidence) or of the whole programme (from running totals), each platform
 * judged by the rules of its programme in force on the day asked about.
 */
@Service
public class ReadinessQueries {

    private static final int CHUNK = 500;

    private final BalanceQueries balances;
    private final PlatformQueries platforms;
    private final ReportingRepository reports;
    private final ProgrammeQueries programmes;
    private final ContributionRepository contributions;

    public ReadinessQueries(BalanceQueries balances, PlatformQueries platforms, ReportingRepository reports,
                            ProgrammeQueries programmes, ContributionRepository contributions) {
        this.balances = balances;
        this.platforms = platforms;
        this.reports = reports;
        this.programmes = programmes;
        this.contributions = contributions;
    }

    public ReadinessView platform(PlatformRow row, LocalDate asOf) {
        BalanceQueries.Inputs in = balances.inputs(row, null);
        Balances figures = Balances.of(in.lines(), in.plan(), in.provincialAdjustment(), asOf, null);
        List<String> receipts = in.lines().stream().filter(l -> l.counts(asOf, null))
                .filter(l -> l.isReceipt() || l.recovered().isPositive()).map(LedgerLine::eventId).toList();
        return ReadinessCalculator.evaluate(row, figures.total().netReceived(),
                figures.of(FundingSource.ENTERPRISE).netReceived(), receipts, reports.of(row.platformId()),
                contributions.of(row.platformId()), asOf, programmes.inForce(row, asOf, null));
    }

    /** The platforms of one programme. */
    public ProgrammeReadinessView programme(String programmeId, int page, int size, LocalDate asOf) {
        PlatformQueries.Page rows = platforms.list(PlatformQueries.Filter.programme(programmeId), page, size);
        List<ProgrammeReadinessView.Row> pageRows = evaluate(rows.rows(), asOf).stream().map(v -> row(v, rows.rows()))
                .toList();
        long approved = 0;
        long ready = 0;
        for (int chunk = 0; ; chunk++) {
            List<PlatformRow> all = platforms.list(PlatformQueries.Filter.programme(programmeId), chunk, CHUNK).rows();
            for (ReadinessView view : evaluate(all, asOf)) {
                approved += view.status().wasApproved() ? 1 : 0;
                ready += view.ready() ? 1 : 0;
            }
            if (all.size() < CHUNK) {
                break;
            }
        }
        return new ProgrammeReadinessView(asOf, approved, ready, page, size, rows.total(), pageRows);
    }

    private List<ReadinessView> evaluate(List<PlatformRow> rows, LocalDate asOf) {
        List<String> ids = rows.stream().map(PlatformRow::platformId).toList();
        Map<String, PlatformReports> all = reports.load(ids);
        Map<String, ContributionConfirmations> confirmations = contributions.load(ids);
        ProgrammeQueries.Rules rules = programmes.rules();
        return rows.stream().map(r -> ReadinessCalculator.evaluate(r, r.netReceived(), r.netEnterprise(), List.of(),
                all.get(r.platformId()), confirmations.get(r.platformId()), asOf, rules.inForce(r, asOf, null)))
                .toList();
    }

    private static ProgrammeReadinessView.Row row(ReadinessView view, List<PlatformRow> rows) {
        PlatformRow r = rows.stream().filter(p -> p.platformId().equals(view.platformId())).findFirst().orElseThrow();
        return new ProgrammeReadinessView.Row(r.platformId(), r.title(), r.collegeName(), r.status(), r.batch(),
                r.acceptanceResult(), view.overall(),
                view.items().stream().filter(i -> !i.met()).map(ReadinessItem::code).toList(), r.version());
    }
}
