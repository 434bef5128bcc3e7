package cn.jsedu.ledger.query.readmodel;

import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.event.AcceptanceRequestedEvent;
import cn.jsedu.ledger.kernel.event.AcceptanceReviewedEvent;
import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.budget.BudgetLine;
import cn.jsedu.ledger.kernel.event.AgreementSignedEvent;
import cn.jsedu.ledger.kernel.event.BudgetSetEvent;
import cn.jsedu.ledger.kernel.event.ProvincialAllocationCancelledEvent;
import cn.jsedu.ledger.kernel.event.ProvincialAllocationRecordedEvent;
import cn.jsedu.ledger.kernel.event.ProvincialArrivalConfirmedEvent;
import cn.jsedu.ledger.kernel.event.ProvincialPaymentRecordedEvent;
import cn.jsedu.ledger.kernel.event.DecisionProposedEvent;
import cn.jsedu.ledger.kernel.event.EnterpriseContributionRecordedEvent;
import cn.jsedu.ledger.kernel.event.ExpenditureRecordedEvent;
import cn.jsedu.ledger.kernel.event.FindingClosedEvent;
import cn.jsedu.ledger.kernel.event.FindingRecordedEvent;
import cn.jsedu.ledger.kernel.event.FindingReopenedEvent;
import cn.jsedu.ledger.kernel.event.FundingPlanRevisedEvent;
import cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.PerformanceDecisionRecordedEvent;
import cn.jsedu.ledger.kernel.event.PeriodicReportSubmittedEvent;
import cn.jsedu.ledger.kernel.event.PlanRevisionProposedEvent;
import cn.jsedu.ledger.kernel.event.PlatformApprovedEvent;
import cn.jsedu.ledger.kernel.event.PlatformDeclaredEvent;
import cn.jsedu.ledger.kernel.event.PlatformRejectedEvent;
import cn.jsedu.ledger.kernel.event.PlatformResumedEvent;
import cn.jsedu.ledger.kernel.event.PlatformSuspendedEvent;
import cn.jsedu.ledger.kernel.event.ProposalApprovedEvent;
import cn.jsedu.ledger.kernel.event.ProposalWithdrawnEvent;
import cn.jsedu.ledger.kernel.event.RectificationSubmittedEvent;
import cn.jsedu.ledger.kernel.event.RecoveryRecordedEvent;
import cn.jsedu.ledger.kernel.event.SuspensionProposedEvent;
import cn.jsedu.ledger.kernel.event.TaskBookSetEvent;
import cn.jsedu.ledger.kernel.finding.FindingCategory;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.id.CreditCode;
import cn.jsedu.ledger.kernel.indicator.IndicatorCatalogue;
import cn.jsedu.ledger.kernel.indicator.IndicatorValue;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.AcceptanceResult;
import cn.jsedu.ledger.kernel.platform.AgreementParty;
import cn.jsedu.ledger.kernel.platform.College;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.EnterpriseParty;
import cn.jsedu.ledger.kernel.platform.PartyRole;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.kernel.event.AcceptanceOverrideProposedEvent;
import cn.jsedu.ledger.kernel.event.ConstructionExtendedEvent;
import cn.jsedu.ledger.kernel.event.ContributionConfirmedEvent;
import cn.jsedu.ledger.kernel.event.ContributionDisputedEvent;
import cn.jsedu.ledger.kernel.event.ExtensionProposedEvent;
import cn.jsedu.ledger.kernel.platform.Pledge;
import cn.jsedu.ledger.kernel.platform.ProposedAcceptanceOverride;
import cn.jsedu.ledger.kernel.platform.ProposedExtension;
import cn.jsedu.ledger.kernel.platform.ReadinessOverride;
import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.kernel.platform.ProposedDecision;
import cn.jsedu.ledger.kernel.platform.ProposedPlanRevision;
import cn.jsedu.ledger.kernel.platform.ProposedSuspension;
import cn.jsedu.ledger.kernel.report.EquipmentChange;
import cn.jsedu.ledger.kernel.report.EquipmentEntry;
import cn.jsedu.ledger.kernel.report.PlatformUsage;

import cn.jsedu.ledger.kernel.evaluation.EvaluationResult;
import cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes;
import cn.jsedu.ledger.kernel.evaluation.ItemKind;
import cn.jsedu.ledger.kernel.evaluation.ItemScore;
import cn.jsedu.ledger.kernel.evaluation.RoundKind;
import cn.jsedu.ledger.kernel.event.EvaluationPublicationProposedEvent;
import cn.jsedu.ledger.kernel.event.EvaluationPublicationWithdrawnEvent;
import cn.jsedu.ledger.kernel.event.EvaluationPublishedEvent;
import cn.jsedu.ledger.kernel.event.EvaluationRoundOpenedEvent;
import cn.jsedu.ledger.kernel.event.EvaluationRoundPublishedEvent;
import cn.jsedu.ledger.kernel.event.PanelScoreRecordedEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Platform histories that between them take every read-model handler down every path: every event type of the
 * ledger, declared parties met again in an agreement (upserts), a task book replaced, a report resubmitted
 * (superseded), proposals approved and withdrawn, decisions that change the provincial plan and key support,
 * suspension and resumption, a rejection and a termination, audit findings answered, reopened and closed citing
 * documents, and free text that COPY must escape (tabs, newlines,
 * backslashes, Chinese). Not a programme's proportions (the bench's ProgrammeHistory is): coverage of paths.
 */
final class EveryEvent {

    private static final String E1 = CreditCode.withCheckCharacter("91320200MA1MXXXX1").value();
    private static final String E2 = CreditCode.withCheckCharacter("91320200MA1MYYYY2").value();
    private static final FundingSource[] SOURCES = {FundingSource.PROVINCIAL_FINANCE, FundingSource.COLLEGE,
            FundingSource.LOCAL_GOVERNMENT, FundingSource.SPONSOR, FundingSource.INDUSTRY_OTHER};
    private static final ContributionForm[] IN_KIND = {ContributionForm.EQUIPMENT, ContributionForm.TECHNOLOGY,
            ContributionForm.FACILITIES, ContributionForm.KNOWLEDGE};

    private final String platformId;
    private final int index;
    private final List<Object> events = new ArrayList<>();
    private int entries;

    private EveryEvent(String platformId, int index) {
        this.platformId = platformId;
        this.index = index;
    }

    /** The history of the {@code index}-th platform (which paths it takes varies with the index). */
    static List<Object> of(String platformId, int index) {
        return new EveryEvent(platformId, index).build();
    }

    /** Money that keeps coming while a rebuild runs: an installment or an expenditure. */
    static Object moneyFor(String platformId, int n) {
        return n % 2 == 0
                ? new InstallmentRecordedEvent(platformId, "LIVE-I-" + n, FundingSource.PROVINCIAL_FINANCE, null,
                ContributionForm.CASH, Money.ofFen(10_000 + n), LocalDate.of(2022, 1, 1), "财拨-live-" + n, null)
                : new ExpenditureRecordedEvent(platformId, "LIVE-X-" + n, ExpenditureCategory.TRAINING_OPERATION,
                FundingSource.PROVINCIAL_FINANCE, null, Money.ofFen(100 + n), LocalDate.of(2022, 1, 2),
                "付款-live-" + n);
    }

    private List<Object> build() {
        LocalDate start = LocalDate.of(2021, 3, 1);
        events.add(new PlatformDeclaredEvent(platformId, ProgrammeId.DEFAULT.value(), new College("C-" + platformId, "学院\\" + index),
                "智能制造专业群", "高端装备制造", "平台\t" + platformId + "\n第二行\r\\N",
                List.of(new EnterpriseParty("E1", "甲企业", E1), new EnterpriseParty("E2", "乙企业", null)), plan(0)));
        if (index % 7 == 6) {
            events.add(new PlatformRejectedEvent(platformId, "材料不全", "苏教职〔2021〕退" + index + "号"));
            return events;
        }
        events.add(new PlatformApprovedEvent(platformId, 1 + index % 3, start, start.plusYears(3).minusDays(1),
                plan(0), "苏教职〔2021〕" + index + "号"));
        events.add(new TaskBookSetEvent(platformId, 1, IndicatorCatalogue.VERSION, targets(1), null, "任务书-1"));
        events.add(new BudgetSetEvent(platformId, 1, List.of(
                new BudgetLine(ExpenditureCategory.EQUIPMENT_PURCHASE, 2021, Money.ofYuan(300_0000 + index)),
                new BudgetLine(ExpenditureCategory.TRAINING_OPERATION, 2021, Money.ofYuan(50_0000))), null, "任务书-1"));
        // the provincial money chain: allocated, paid in two parts, one arrived
        events.add(new ProvincialAllocationRecordedEvent(platformId, "AL-1", Money.ofYuan(200_0000), start,
                "苏财教〔2021〕指标\t" + index, null));
        events.add(new ProvincialPaymentRecordedEvent(platformId, "PAY-1", "AL-1", Money.ofYuan(150_0000),
                start.plusDays(5), "拨款-1"));
        events.add(new ProvincialPaymentRecordedEvent(platformId, "PAY-2", "AL-1", Money.ofYuan(50_0000),
                start.plusDays(6), "拨款-2"));
        events.add(new ProvincialArrivalConfirmedEvent(platformId, id("ARR"), "PAY-1", "AL-1", Money.ofYuan(150_0000),
                start.plusDays(8), "到账\n" + index));
        if (index % 4 == 1) {
            events.add(new BudgetSetEvent(platformId, 2, List.of(
                    new BudgetLine(ExpenditureCategory.EQUIPMENT_PURCHASE, 2021, Money.ofYuan(400_0000))), "调整",
                    "苏教职〔2021〕调"));
            events.add(new ProvincialAllocationRecordedEvent(platformId, "AL-2", Money.ofYuan(100_0000),
                    start.plusDays(20), "苏财教〔2021〕指标2", null));
            events.add(new ProvincialAllocationCancelledEvent(platformId, "AL-2", Money.ofYuan(40_0000), "D-R",
                    start.plusDays(30)));
        }
        events.add(new AgreementSignedEvent(platformId, "A-1", start.plusDays(9), List.of(
                new AgreementParty("E1", "甲企业（新名）", E1, PartyRole.ENTERPRISE),
                new AgreementParty("E2", "乙企业", E2, PartyRole.ENTERPRISE),
                new AgreementParty("S1", "赞助方", null, PartyRole.SPONSOR)), List.of(
                new Pledge("E1", FundingSource.ENTERPRISE, ContributionForm.CASH, Money.ofYuan(600_0000)),
                new Pledge("E2", FundingSource.ENTERPRISE, ContributionForm.EQUIPMENT, Money.ofYuan(400_0000))),
                "共建协议\t" + index));
        if (index % 3 == 0) {
            events.add(new TaskBookSetEvent(platformId, 2, IndicatorCatalogue.VERSION, targets(2), "调整指标",
                    "任务书-2"));
        }
        for (int m = 0; m < 6; m++) {
            month(m, start.plusMonths(m).withDayOfMonth(10));
        }
        report("2021H1", 1, start.plusMonths(4));
        if (index % 2 == 0) {
            report("2021H1", 2, start.plusMonths(5));
        }
        proposalsAndDecisions(start.plusMonths(7));
        if (index % 5 == 4) {
            events.add(new PerformanceDecisionRecordedEvent(platformId, "D-T", DecisionType.TERMINATE, null,
                    "终止建设", "苏教职〔2022〕终" + index + "号", start.plusMonths(8)));
            events.add(new RecoveryRecordedEvent(platformId, id("R"), FundingSource.PROVINCIAL_FINANCE,
                    Money.ofYuan(50_000), start.plusMonths(9), "终止后追回", "苏财教〔2022〕8号"));
            return events;
        }
        events.add(new RecoveryRecordedEvent(platformId, id("R"), FundingSource.PROVINCIAL_FINANCE,
                Money.ofYuan(10_000), start.plusMonths(9), "超范围列支\t追回", "苏财教〔2022〕40号"));
        report("2021H2", 1, start.plusMonths(10));
        findings(start.plusMonths(11));
        if (index % 2 == 1) {
            ProposedExtension extension = new ProposedExtension(start.plusYears(3).plusMonths(2), "延期\t整改",
                    "苏教职〔2023〕延" + index + "号");
            events.add(new ExtensionProposedEvent(platformId, "PR-4", "admin1", extension));
            events.add(new ConstructionExtendedEvent(platformId, start.plusYears(3).minusDays(1), extension.newEnd(),
                    extension.reason(), extension.decisionRef()));
            events.add(new ProposalApprovedEvent(platformId, "PR-4", ProposalKind.CONSTRUCTION_EXTENSION, "admin1",
                    "admin2"));
        }
        if (index % 3 == 2) {
            events.add(new AcceptanceOverrideProposedEvent(platformId, "PR-5", "admin2",
                    new ProposedAcceptanceOverride(start.plusYears(3).plusDays(15), "报告\n缺失，同意验收")));
            events.add(new AcceptanceRequestedEvent(platformId, start.plusYears(3).plusDays(15), new ReadinessOverride(
                    "报告\n缺失，同意验收", List.of("REPORTS_SUBMITTED", "ENTERPRISE_CONTRIBUTIONS_CONFIRMED"), "admin2",
                    "admin1")));
            events.add(new ProposalApprovedEvent(platformId, "PR-5", ProposalKind.ACCEPTANCE_OVERRIDE, "admin2",
                    "admin1"));
        } else {
            events.add(new AcceptanceRequestedEvent(platformId, start.plusYears(3).plusDays(15)));
        }
        events.add(new AcceptanceReviewedEvent(platformId, index % 2 == 0 ? AcceptanceResult.EXCELLENT
                : AcceptanceResult.PASSED, start.plusYears(3).plusDays(60), "验收专家组", "建设任务全面完成"));
        return events;
    }

    private List<PlanLine> plan(long extra) {
        return List.of(new PlanLine(FundingSource.PROVINCIAL_FINANCE, null, 2021, Money.ofYuan(1000_0000 + extra)),
                new PlanLine(FundingSource.ENTERPRISE, "E1", 2021, Money.ofYuan(600_0000)),
                new PlanLine(FundingSource.ENTERPRISE, "E2", 2022, Money.ofYuan(400_0000)),
                new PlanLine(FundingSource.COLLEGE, null, 2022, Money.ofYuan(1000_0000)));
    }

    private void month(int m, LocalDate day) {
        FundingSource source = SOURCES[(m + index) % SOURCES.length];
        events.add(new InstallmentRecordedEvent(platformId, id("I"), source,
                source == FundingSource.INDUSTRY_OTHER ? "行业协会" : null, ContributionForm.CASH,
                Money.ofYuan(80_0000 + m), day, "财拨-" + m, null));
        String cash = id("C");
        events.add(new EnterpriseContributionRecordedEvent(platformId, cash, "E1", ContributionForm.CASH,
                Money.ofYuan(20_0000), day.plusDays(1), "转账-" + m, null));
        // ADR 0022: the enterprise confirms, disputes (with text COPY must escape), or says nothing
        if (m % 3 == 0) {
            events.add(new ContributionConfirmedEvent(platformId, cash, "E1", E1, Money.ofYuan(20_0000)));
        } else if (m % 3 == 1) {
            events.add(new ContributionDisputedEvent(platformId, cash, "E1", E1, Money.ofYuan(20_0000),
                    "未收到\t款项\n第二行"));
        }
        ContributionForm form = IN_KIND[m % IN_KIND.length];
        events.add(new EnterpriseContributionRecordedEvent(platformId, id("C"), "E2", form,
                Money.parse("130000.05"), day.plusDays(2), "入库单-" + m, "评估报告〔2021〕" + m + "号"));
        String expenditure = id("X");
        Money spent = Money.ofYuan(1_0000 + 1000L * m);
        FundingSource charged = m % 3 == 2 ? FundingSource.ENTERPRISE : FundingSource.PROVINCIAL_FINANCE;
        events.add(new ExpenditureRecordedEvent(platformId, expenditure,
                ExpenditureCategory.values()[m % ExpenditureCategory.values().length], charged,
                charged == FundingSource.ENTERPRISE ? "E1" : null, spent, day.plusDays(5), "付款\\凭证-" + m));
        if (m % 2 == 1) {
            events.add(new AdjustmentRecordedEvent(platformId, id("K"), expenditure, EntryKind.EXPENDITURE, charged,
                    charged == FundingSource.ENTERPRISE ? "E1" : null, ContributionForm.CASH, day.plusDays(5), spent,
                    Money.ofFen(spent.fen() / 10 * 9), "凭证金额录入错误\n按回单更正"));
        }
    }

    /** An audit finding answered and closed (reopened and answered again on the way for some), citing a document. */
    private void findings(LocalDate deadline) {
        String document = "%064x".formatted(index + 1);
        events.add(new FindingRecordedEvent(platformId, "F-1",
                FindingCategory.values()[index % FindingCategory.values().length], "发现\t问题\n" + index, List.of(),
                List.of(document), deadline));
        events.add(new RectificationSubmittedEvent(platformId, "F-1", "已整改\\N", List.of(document)));
        if (index % 3 == 1) {
            events.add(new FindingReopenedEvent(platformId, "F-1", "复查发现问题", deadline.plusMonths(1)));
            events.add(new RectificationSubmittedEvent(platformId, "F-1", "再次整改", List.of()));
        }
        events.add(new FindingClosedEvent(platformId, "F-1", "整改到位"));
        if (index % 2 == 0) {
            events.add(new FindingRecordedEvent(platformId, "F-2", FindingCategory.OTHER, "未整改", List.of(),
                    List.of(), deadline));
        }
    }

    private void report(String period, int version, LocalDate submittedOn) {
        List<EquipmentEntry> equipment = List.of(
                new EquipmentEntry("工业机器人\t实训单元", 2, Money.parse("130000.05"), FundingSource.ENTERPRISE,
                        EquipmentChange.ACQUIRED, submittedOn.minusDays(30)),
                new EquipmentEntry("旧机床", 1, Money.ofYuan(5_000), FundingSource.COLLEGE, EquipmentChange.RETIRED,
                        submittedOn.minusDays(20)));
        events.add(new PeriodicReportSubmittedEvent(platformId, period, version, submittedOn, equipment,
                new PlatformUsage(300, 100 + version, 400L + index, 4000L + version), targets(version)));
    }

    private void proposalsAndDecisions(LocalDate day) {
        ProposedDecision reward = new ProposedDecision("D-1", DecisionType.REWARD, Money.ofYuan(100_0000),
                "绩效优秀", "苏教职〔2022〕2" + index + "号", day);
        events.add(new DecisionProposedEvent(platformId, "PR-1", "admin1", reward));
        events.add(new ProposalApprovedEvent(platformId, "PR-1", ProposalKind.PERFORMANCE_DECISION, "admin1", "admin2"));
        events.add(new PerformanceDecisionRecordedEvent(platformId, reward.decisionId(), reward.type(),
                reward.amount(), reward.basis(), reward.decisionRef(), reward.decidedOn()));
        ProposedPlanRevision revision = new ProposedPlanRevision(plan(100_0000), "奖补增加\t省级计划", "苏财教〔2022〕奖", null);
        events.add(new PlanRevisionProposedEvent(platformId, "PR-2", "admin1", revision));
        if (index % 2 == 0) {
            events.add(new ProposalWithdrawnEvent(platformId, "PR-2", "admin1", "重新核算"));
        } else {
            events.add(new ProposalApprovedEvent(platformId, "PR-2", ProposalKind.FUNDING_PLAN_REVISION, "admin1",
                    "admin2"));
            events.add(new FundingPlanRevisedEvent(platformId, 2, revision.plan(), revision.reason(),
                    revision.decisionRef()));
        }
        if (index % 4 == 1) {
            events.add(new SuspensionProposedEvent(platformId, "PR-3", "admin2",
                    new ProposedSuspension("资金到位滞后", "苏教职〔2022〕9号")));
            events.add(new ProposalApprovedEvent(platformId, "PR-3", ProposalKind.SUSPENSION, "admin2", "admin1"));
            events.add(new PlatformSuspendedEvent(platformId, "资金到位滞后", "苏教职〔2022〕9号"));
            events.add(new PlatformResumedEvent(platformId, "整改完成", "苏教职〔2022〕10号"));
        }
        if (index % 3 == 1) {
            events.add(new PerformanceDecisionRecordedEvent(platformId, "D-2", DecisionType.REDUCE_SUPPORT,
                    Money.ofYuan(50_0000), "进度滞后", "苏教职〔2022〕3" + index + "号", day.plusDays(30)));
        }
        if (index % 5 == 2) {
            events.add(new PerformanceDecisionRecordedEvent(platformId, "D-3", DecisionType.WITHDRAW_KEY_SUPPORT,
                    null, "不再重点支持", "苏教职〔2022〕4" + index + "号", day.plusDays(31)));
        }
        events.add(new PerformanceDecisionRecordedEvent(platformId, "D-4", DecisionType.ADJUST, null,
                "调整建设进度", "苏教职〔2022〕5" + index + "号", day.plusDays(32)));
    }

    /** Indicator values of every unit: counts, money, yes/no. */
    private List<IndicatorValue> targets(int version) {
        return List.of(new IndicatorValue("T1-CORE-MODULES", Integer.toString(8 + index % 5 + version)),
                new IndicatorValue("T2-PRACTICE-POSITIONS", Integer.toString(150 + version)),
                new IndicatorValue("T3-INDUSTRY-MENTORS", "20"),
                new IndicatorValue("T4-MODULAR-COURSES", "10"),
                new IndicatorValue("T5-FOUR-TECH-REVENUE", Money.ofYuan(150_0000L * version).toString()),
                new IndicatorValue("T6-CREDIT-BANK", version > 1 ? "true" : "false"),
                new IndicatorValue("T7-INDUSTRY-COLLEGES", "1"));
    }

    /**
     * An evaluation round's own stream (ADR 0026) over {@code platformIds}: opened, panel scores (one replaced, remarks
     * COPY must escape), a proposal withdrawn, another published; {@link #publishedOn} gives each platform's result.
     */
    static List<Object> round(String roundId, List<String> platformIds) {
        LocalDate reference = LocalDate.of(2021, 9, 1);
        List<Object> events = new ArrayList<>();
        events.add(new EvaluationRoundOpenedEvent(roundId, ProgrammeId.DEFAULT.value(), RoundKind.ANNUAL, 2021, null,
                reference, EvaluationSchemes.DEFAULT_SCHEME_ID, 1, "admin1"));
        for (String platformId : platformIds) {
            events.add(new PanelScoreRecordedEvent(roundId, platformId, EvaluationSchemes.PANEL_CONSTRUCTION_QUALITY,
                    1_500, "初评\t偏低\n\\复核", "admin1"));
            events.add(new PanelScoreRecordedEvent(roundId, platformId, EvaluationSchemes.PANEL_CONSTRUCTION_QUALITY,
                    2_000, "复核后：建设质量良好", "admin1"));
            events.add(new PanelScoreRecordedEvent(roundId, platformId, EvaluationSchemes.PANEL_SERVICE_AND_INNOVATION,
                    2_100, "服务贡献突出", "admin1"));
        }
        List<EvaluationResult> results = new ArrayList<>();
        for (int i = 0; i < platformIds.size(); i++) {
            results.add(result(platformIds.get(i), i + 1));
        }
        events.add(new EvaluationPublicationProposedEvent(roundId, "P-1", "admin1", Instant.parse("2021-10-02T00:00:00Z"),
                results, Money.parse("500000.00"), DecisionType.REDUCE_SUPPORT, Money.parse("100000.00"),
                java.time.LocalDate.parse("2021-09-30")));
        events.add(new EvaluationPublicationWithdrawnEvent(roundId, "P-1", "admin1", "重新核对"));
        events.add(new EvaluationPublicationProposedEvent(roundId, "P-2", "admin1", Instant.parse("2021-10-03T00:00:00Z"),
                results, null, DecisionType.WITHDRAW_KEY_SUPPORT, null));
        events.add(new EvaluationRoundPublishedEvent(roundId, "P-2", "admin1", "admin2",
                Instant.parse("2021-10-03T00:00:00Z")));
        return events;
    }

    /** The platform's share of {@link #round}'s publication. */
    static EvaluationPublishedEvent publishedOn(String roundId, String platformId, int rank, int roundSize) {
        return new EvaluationPublishedEvent(platformId, roundId, RoundKind.ANNUAL, 2021, LocalDate.of(2021, 9, 1),
                EvaluationSchemes.DEFAULT_SCHEME_ID, 1, Instant.parse("2021-10-03T00:00:00Z"), result(platformId, rank),
                roundSize);
    }

    private static EvaluationResult result(String platformId, int rank) {
        List<ItemScore> objective = EvaluationSchemes.DEFAULT_V1.itemsOf(ItemKind.OBJECTIVE).stream()
                .map(item -> new ItemScore(item.code(), item.fullCentipoints() - rank)).toList();
        List<ItemScore> panel = List.of(new ItemScore(EvaluationSchemes.PANEL_CONSTRUCTION_QUALITY, 2_000),
                new ItemScore(EvaluationSchemes.PANEL_SERVICE_AND_INNOVATION, 2_100));
        int objectiveTotal = objective.stream().mapToInt(ItemScore::centipoints).sum();
        int total = objectiveTotal + 4_100;
        return new EvaluationResult(platformId, objective, panel, objectiveTotal, 4_100, total,
                EvaluationSchemes.DEFAULT_V1.grade(total), rank);
    }

    private String id(String prefix) {
        return prefix + "-" + ++entries;
    }
}
