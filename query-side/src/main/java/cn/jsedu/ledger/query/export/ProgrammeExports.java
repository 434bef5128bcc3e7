package cn.jsedu.ledger.query.export;

import cn.jsedu.ledger.query.programme.ProgrammeQueries;
import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.enterprise.ContributionRepository;
import cn.jsedu.ledger.query.compliance.ComplianceCalculator;
import cn.jsedu.ledger.query.compliance.Finding;
import cn.jsedu.ledger.query.ledger.LedgerLine;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.programme.ProgrammeComplianceQueries;
import cn.jsedu.ledger.query.programme.ProgrammeComplianceView;
import cn.jsedu.ledger.query.readiness.ProgrammeReadinessView;
import cn.jsedu.ledger.kernel.readiness.ReadinessItem;
import cn.jsedu.ledger.query.readiness.ReadinessQueries;
import cn.jsedu.ledger.query.readiness.ReadinessView;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static cn.jsedu.ledger.query.export.ExportTable.flag;
import static cn.jsedu.ledger.query.export.ExportTable.money;
import static cn.jsedu.ledger.query.export.ExportTable.number;
import static cn.jsedu.ledger.query.export.ExportTable.percent;
import static cn.jsedu.ledger.query.export.ExportTable.text;

/**
 * Programme-wide exports: compliance and readiness of every platform. The figures and verdicts are the programme
 * API's rows ({@code /api/v1/programme/compliance}, {@code /readiness}), taken page by page; each row adds the
 * evidence from the platform's own evaluation: the plan event, the decisions and the money events its figures come
 * from, the findings, and per readiness item the events behind it.
 */
@Service
public class ProgrammeExports {

    private static final int PAGE = 500;

    private final ProgrammeComplianceQueries compliance;
    private final ReadinessQueries readiness;
    private final PlatformQueries platforms;
    private final BalanceQueries balances;
    private final ProgrammeQueries programmes;
    private final ContributionRepository contributions;

    public ProgrammeExports(ProgrammeComplianceQueries compliance, ReadinessQueries readiness, PlatformQueries platforms,
                            BalanceQueries balances, ProgrammeQueries programmes, ContributionRepository contributions) {
        this.contributions = contributions;
        this.compliance = compliance;
        this.readiness = readiness;
        this.platforms = platforms;
        this.balances = balances;
        this.programmes = programmes;
    }

    public record Compliance(ExportTable rows, ExportTable totals) {
    }

    public Compliance compliance(String programmeId, LocalDate today) {
        List<ExportTable.Column> columns = List.of(text("platformId", "平台编号"), text("title", "平台名称"),
                text("collegeName", "学校"), text("status", "状态"), number("batch", "批次"),
                money("plannedTotal", "计划总投入"), money("plannedEnterprise", "计划企业投入"),
                flag("plannedTotalMet", "计划总投入达标"), flag("plannedEnterpriseShareMet", "计划企业占比达标"),
                money("actualTotal", "实际到位"), money("actualEnterprise", "企业实际到位"),
                percent("actualEnterprisePercent", "企业实际占比（%）"), flag("actualEnterpriseShareMet", "企业实际占比达标"),
                percent("arrivalPercent", "到位率（%）"), flag("arrivalBehindSchedule", "到位滞后"), money("recoveryDue", "应追回"),
                number("version", "数据版本"), text("findings", "问题"), text("planEventId", "计划事件编号"),
                text("decisionEventIds", "决定事件编号"), text("receiptEventIds", "到位/追回事件编号"));
        List<List<Object>> rows = new ArrayList<>();
        ProgrammeComplianceView first = null;
        for (int page = 0; ; page++) {
            ProgrammeComplianceView view = compliance.compliance(programmeId, page, PAGE).orElseThrow();
            first = first == null ? view : first;
            for (ProgrammeComplianceView.Row r : view.rows()) {
                rows.add(complianceRow(r, today));
            }
            if (view.rows().size() < PAGE) {
                break;
            }
        }
        ProgrammeComplianceView.Totals t = first.totals();
        ExportTable totals = new ExportTable("合计 totals", List.of(number("platforms", "平台数"),
                money("plannedTotal", "计划总投入"), money("plannedEnterprise", "计划企业投入"),
                money("actualTotal", "实际到位"), money("actualEnterprise", "企业实际到位"),
                percent("actualEnterprisePercent", "企业实际占比（%）"), number("meetingPlannedTotal", "计划总投入达标平台数"),
                number("meetingPlannedShare", "计划企业占比达标平台数"), number("meetingActualShare", "实际企业占比达标平台数")),
                List.of(Arrays.asList(t.platforms(), t.plannedTotal(), t.plannedEnterprise(), t.actualTotal(),
                        t.actualEnterprise(), plain(t.actualEnterprisePercent()), t.meetingPlannedTotal(),
                        t.meetingPlannedShare(), t.meetingActualShare())));
        return new Compliance(new ExportTable("合规 compliance", columns, rows), totals);
    }

    private List<Object> complianceRow(ProgrammeComplianceView.Row r, LocalDate today) {
        PlatformRow platform = platforms.find(r.platformId()).orElseThrow();
        BalanceQueries.Inputs in = balances.inputs(platform, null);
        List<Finding> findings = ComplianceCalculator.compute(in, contributions.of(platform.platformId()), today, null,
                programmes.inForce(platform, today, null)).findings();
        return Arrays.asList(r.platformId(), r.title(), r.collegeName(), r.status(), r.batch(), r.plannedTotal(),
                r.plannedEnterprise(), r.plannedTotalMet(), r.plannedEnterpriseShareMet(), r.actualTotal(),
                r.actualEnterprise(), plain(r.actualEnterprisePercent()), r.actualEnterpriseShareMet(),
                plain(r.arrivalPercent()), r.arrivalBehindSchedule(), r.recoveryDue(), r.version(),
                findings.stream().map(Finding::code).collect(Collectors.joining(" ")), in.planEventId(),
                in.decisions().stream().map(PlatformQueries.Decision::eventId).collect(Collectors.joining(" ")),
                in.lines().stream().filter(l -> l.isReceipt() || l.recovered().isPositive()).map(LedgerLine::eventId)
                        .collect(Collectors.joining(" ")));
    }

    /** One row per platform and checklist item: the programme's verdict, then the item's value and evidence. */
    public ExportTable readiness(String programmeId, LocalDate today) {
        List<ExportTable.Column> columns = List.of(text("platformId", "平台编号"), text("title", "平台名称"),
                text("collegeName", "学校"), text("status", "状态"), number("batch", "批次"), text("overall", "验收条件"),
                text("item", "检查项"), flag("met", "满足"), text("value", "实际"), text("threshold", "要求"),
                text("evidenceEventIds", "依据事件编号"), number("version", "数据版本"));
        List<List<Object>> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            ProgrammeReadinessView view = readiness.programme(programmeId, page, PAGE, today);
            for (ProgrammeReadinessView.Row r : view.rows()) {
                ReadinessView items = readiness.platform(platforms.find(r.platformId()).orElseThrow(), today);
                for (ReadinessItem item : items.items()) {
                    rows.add(Arrays.asList(r.platformId(), r.title(), r.collegeName(), r.status(), r.batch(),
                            r.overall(), item.code(), item.met(), item.value(), item.threshold(),
                            String.join(" ", item.evidence()), r.version()));
                }
            }
            if (view.rows().size() < PAGE) {
                return new ExportTable("验收条件 readiness", columns, rows);
            }
        }
    }

    private static String plain(java.math.BigDecimal percent) {
        return percent == null ? null : percent.toPlainString();
    }
}
