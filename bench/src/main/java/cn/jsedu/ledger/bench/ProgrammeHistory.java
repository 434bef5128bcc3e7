package cn.jsedu.ledger.bench;

import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.event.AcceptanceRequestedEvent;
import cn.jsedu.ledger.kernel.event.AcceptanceReviewedEvent;
import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.AgreementSignedEvent;
import cn.jsedu.ledger.kernel.event.EnterpriseContributionRecordedEvent;
import cn.jsedu.ledger.kernel.event.ExpenditureRecordedEvent;
import cn.jsedu.ledger.kernel.event.FundingPlanRevisedEvent;
import cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.PerformanceDecisionRecordedEvent;
import cn.jsedu.ledger.kernel.event.PeriodicReportSubmittedEvent;
import cn.jsedu.ledger.kernel.event.PlatformApprovedEvent;
import cn.jsedu.ledger.kernel.event.PlatformDeclaredEvent;
import cn.jsedu.ledger.kernel.event.PlatformResumedEvent;
import cn.jsedu.ledger.kernel.event.PlatformSuspendedEvent;
import cn.jsedu.ledger.kernel.event.RecoveryRecordedEvent;
import cn.jsedu.ledger.kernel.event.TaskBookSetEvent;
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
import cn.jsedu.ledger.kernel.platform.Pledge;
import cn.jsedu.ledger.kernel.report.EquipmentChange;
import cn.jsedu.ledger.kernel.report.EquipmentEntry;
import cn.jsedu.ledger.kernel.report.PlatformUsage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One platform's three years as the demo programme records them, as the events the command side would have
 * stored: declaration, approval, task book, co-construction agreement, then every month installments (each source
 * in turn), enterprise contributions in cash and in kind, expenditures, now and then a correction, half-year
 * reports (some resubmitted), a performance decision and a plan revision, a recovery, for some platforms a
 * suspension and its end, and finally acceptance. About 365 events per platform, of every type the ledger has
 * except proposals (a proposal's events are changing shape: they are left out, the decision it leads to is not).
 *
 * <p>Money is consistent: an expenditure is charged only to a source whose cash covers it, a correction lowers an
 * earlier expenditure, so no balance turns negative at any date. What S5 rebuilds is then a programme's mix
 * (about 60 % expenditures, a fifth contributions, a tenth installments, the rest reports, corrections and
 * lifecycle) rather than the declarations and approvals of hundreds of thousands of 3-event platforms.
 */
final class ProgrammeHistory {

    private static final int MONTHS = 36;
    private static final long WAN = 10_000;
    private static final String E1 = Workload.E1;
    private static final String E2 = CreditCode.withCheckCharacter("91320200MA1MXXXX2").value();
    private static final FundingSource[] MONTHLY = {FundingSource.PROVINCIAL_FINANCE, FundingSource.COLLEGE,
            FundingSource.LOCAL_GOVERNMENT, FundingSource.SPONSOR};
    private static final ContributionForm[] IN_KIND = {ContributionForm.EQUIPMENT, ContributionForm.TECHNOLOGY,
            ContributionForm.FACILITIES, ContributionForm.KNOWLEDGE};
    private static final ExpenditureCategory[] CATEGORIES = ExpenditureCategory.values();

    private record Spent(String entryId, FundingSource source, String partyId, LocalDate date, Money amount) {
    }

    private final String platformId;
    private final int index;
    private final LocalDate start;
    private final List<Object> events = new ArrayList<>();
    private final Map<FundingSource, Long> cash = new EnumMap<>(FundingSource.class);
    private final List<Spent> correctable = new ArrayList<>();
    private final List<EquipmentEntry> equipment = new ArrayList<>();
    private List<EquipmentEntry> reported = List.of();
    private int entries;

    private ProgrammeHistory(String platformId, int index) {
        this.platformId = platformId;
        this.index = index;
        this.start = LocalDate.of(2020 + index % 3, 3, 1);
    }

    /** The history of the {@code index}-th platform (its scenario and figures vary with the index). */
    static List<Object> of(String platformId, int index) {
        return new ProgrammeHistory(platformId, index).build();
    }

    private List<Object> build() {
        int y = start.getYear();
        List<PlanLine> plan = plan(0);
        events.add(new PlatformDeclaredEvent(platformId, ProgrammeId.DEFAULT.value(), new College("C-" + platformId, "学院 " + platformId),
                "智能制造专业群", "高端装备制造", "产教融合集成平台 " + platformId,
                List.of(new EnterpriseParty("E1", "甲企业", E1), new EnterpriseParty("E2", "乙企业", E2)), plan));
        events.add(new PlatformApprovedEvent(platformId, 1 + index % 3, start, start.plusYears(3).minusDays(1), plan,
                "苏教职〔" + y + "〕" + (10 + index % 3) + "号"));
        events.add(new TaskBookSetEvent(platformId, 1, IndicatorCatalogue.VERSION, indicators(7, 7), null,
                "苏教职函〔" + y + "〕任务书" + index + "号"));
        events.add(new AgreementSignedEvent(platformId, "A-1", start.plusDays(9), List.of(
                new AgreementParty("E1", "甲企业", E1, PartyRole.ENTERPRISE),
                new AgreementParty("E2", "乙企业", E2, PartyRole.ENTERPRISE)), List.of(
                new Pledge("E1", FundingSource.ENTERPRISE, ContributionForm.CASH, Money.ofYuan(720 * WAN)),
                new Pledge("E2", FundingSource.ENTERPRISE, ContributionForm.EQUIPMENT, Money.ofYuan(240 * WAN)),
                new Pledge("E2", FundingSource.ENTERPRISE, ContributionForm.TECHNOLOGY, Money.ofYuan(240 * WAN))),
                "共建协议〔" + y + "〕" + index + "号"));
        boolean rewarded = index % 2 == 0;
        boolean suspends = index % 7 == 3;
        int report = 0;
        for (int m = 0; m < MONTHS; m++) {
            LocalDate day = start.plusMonths(m).withDayOfMonth(10);
            boolean suspended = suspends && m >= 20 && m < 23;
            if (suspends && m == 20) {
                events.add(new PlatformSuspendedEvent(platformId, "中期检查资金到位滞后，暂停建设整改",
                        "苏教职〔" + day.getYear() + "〕5号"));
            }
            if (suspends && m == 23) {
                events.add(new PlatformResumedEvent(platformId, "整改完成，恢复建设", "苏教职〔" + day.getYear() + "〕9号"));
            }
            if (!suspended) {
                month(m, day);
            }
            if (day.getMonthValue() == 7 || day.getMonthValue() == 1) {
                report(++report, day.plusDays(5), 1);
                if (report == 2 && index % 3 == 0) {
                    report(report, day.plusDays(20), 2); // resubmitted with corrected figures
                }
            }
            if (m == 12) {
                decision(rewarded, day);
            }
            if (m == 13 && rewarded) {
                events.add(new FundingPlanRevisedEvent(platformId, 2, plan(100), "年度绩效考核优秀，增加省级奖补",
                        "苏财教〔" + day.getYear() + "〕奖补" + index + "号"));
            }
            if (m == 30) {
                recovery(day);
            }
        }
        LocalDate end = start.plusYears(3).minusDays(1);
        report(++report, end.plusDays(5), 1);
        events.add(new AcceptanceRequestedEvent(platformId, end.plusDays(15)));
        events.add(new AcceptanceReviewedEvent(platformId, index % 4 == 0 ? AcceptanceResult.EXCELLENT
                : AcceptanceResult.PASSED, end.plusDays(60), "江苏省教育厅验收专家组", "建设任务全面完成，资金使用规范"));
        return events;
    }

    /** The plan: 30,000,000.00 over three years, 36 % from the two enterprises; {@code extra} 万 of reward. */
    private List<PlanLine> plan(long extra) {
        int y = start.getYear();
        return List.of(new PlanLine(FundingSource.PROVINCIAL_FINANCE, null, y, Money.ofYuan((500 + extra) * WAN)),
                new PlanLine(FundingSource.PROVINCIAL_FINANCE, null, y + 1, Money.ofYuan(300 * WAN)),
                new PlanLine(FundingSource.PROVINCIAL_FINANCE, null, y + 2, Money.ofYuan(200 * WAN)),
                new PlanLine(FundingSource.LOCAL_GOVERNMENT, null, y, Money.ofYuan(300 * WAN)),
                new PlanLine(FundingSource.SPONSOR, null, y + 1, Money.ofYuan(200 * WAN)),
                new PlanLine(FundingSource.COLLEGE, null, y, Money.ofYuan(420 * WAN)),
                new PlanLine(FundingSource.COLLEGE, null, y + 1, Money.ofYuan(300 * WAN)),
                new PlanLine(FundingSource.COLLEGE, null, y + 2, Money.ofYuan(200 * WAN)),
                new PlanLine(FundingSource.ENTERPRISE, "E1", y, Money.ofYuan(360 * WAN)),
                new PlanLine(FundingSource.ENTERPRISE, "E1", y + 1, Money.ofYuan(360 * WAN)),
                new PlanLine(FundingSource.ENTERPRISE, "E2", y + 1, Money.ofYuan(240 * WAN)),
                new PlanLine(FundingSource.ENTERPRISE, "E2", y + 2, Money.ofYuan(240 * WAN)));
    }

    /** One month's money: an installment (an industry one every sixth month), two contributions, six payments. */
    private void month(int m, LocalDate day) {
        FundingSource source = MONTHLY[m % MONTHLY.length];
        installment(source, Money.ofYuan((80 + index % 5 * 5) * WAN), day);
        if (m % 6 == 5) {
            installment(FundingSource.INDUSTRY_OTHER, Money.ofYuan(20 * WAN), day.plusDays(1));
        }
        String e1 = id("C");
        events.add(new EnterpriseContributionRecordedEvent(platformId, e1, "E1", ContributionForm.CASH,
                Money.ofYuan(20 * WAN), day.plusDays(2), "企业转账-" + e1, null));
        receive(FundingSource.ENTERPRISE, 20 * WAN * 100);
        String e2 = id("C");
        ContributionForm form = IN_KIND[m % IN_KIND.length];
        Money inKind = Money.ofYuan(13 * WAN + m * 100L);
        events.add(new EnterpriseContributionRecordedEvent(platformId, e2, "E2", form, inKind, day.plusDays(3),
                "入库单-" + e2, "资产评估报告〔" + day.getYear() + "〕" + e2 + "号"));
        if (form == ContributionForm.EQUIPMENT) {
            equipment.add(new EquipmentEntry("企业投入：工业机器人实训单元", 2, inKind, FundingSource.ENTERPRISE,
                    EquipmentChange.ACQUIRED, day.plusDays(3)));
        }
        for (int k = 0; k < 6; k++) {
            expenditure(m, k, day.plusDays(5 + k * 3));
        }
        if (m % 2 == 1) {
            correction();
        }
    }

    private void installment(FundingSource source, Money amount, LocalDate day) {
        String entry = id("I");
        events.add(new InstallmentRecordedEvent(platformId, entry, source, null, ContributionForm.CASH, amount, day,
                "财拨-" + entry, null));
        receive(source, amount.fen());
    }

    /** A payment of 10,000.00-59,000.00 charged to a source whose cash covers it (the fullest, if its own cannot). */
    private void expenditure(int m, int k, LocalDate day) {
        Money amount = Money.ofYuan((1 + (m * 6 + k + index) % 6) * WAN);
        FundingSource source = MONTHLY[(m + k) % MONTHLY.length];
        if (k == 5) {
            source = FundingSource.ENTERPRISE;
        }
        if (cash.getOrDefault(source, 0L) < amount.fen()) {
            source = cash.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
        String entry = id("X");
        String party = source == FundingSource.ENTERPRISE ? "E1" : null;
        ExpenditureCategory category = CATEGORIES[(m + k) % CATEGORIES.length];
        events.add(new ExpenditureRecordedEvent(platformId, entry, category, source, party, amount, day,
                "付款凭证-" + entry));
        receive(source, -amount.fen());
        correctable.add(new Spent(entry, source, party, day, amount));
        if (category == ExpenditureCategory.EQUIPMENT_PURCHASE) {
            equipment.add(new EquipmentEntry("实训设备 " + entry, 1 + (int) (amount.fen() % 3), amount, source,
                    EquipmentChange.ACQUIRED, day));
        }
    }

    /** The latest payment not yet corrected, booked 10 % too high: corrected down. */
    private void correction() {
        Spent original = correctable.remove(correctable.size() - 1);
        Money corrected = Money.ofFen(original.amount().fen() / 10 * 9);
        events.add(new AdjustmentRecordedEvent(platformId, id("K"), original.entryId(), EntryKind.EXPENDITURE,
                original.source(), original.partyId(), ContributionForm.CASH, original.date(), original.amount(),
                corrected, "凭证金额录入错误，按银行回单更正"));
        receive(original.source(), original.amount().fen() - corrected.fen());
    }

    private void recovery(LocalDate day) {
        long fen = Math.min(15 * WAN * 100, cash.getOrDefault(FundingSource.PROVINCIAL_FINANCE, 0L));
        if (fen > 0) {
            events.add(new RecoveryRecordedEvent(platformId, id("R"), FundingSource.PROVINCIAL_FINANCE,
                    Money.ofFen(fen), day, "专项审计：超范围列支，追回省财政资金", "苏财教〔" + day.getYear() + "〕40号"));
            receive(FundingSource.PROVINCIAL_FINANCE, -fen);
        }
    }

    private void decision(boolean rewarded, LocalDate day) {
        events.add(rewarded
                ? new PerformanceDecisionRecordedEvent(platformId, "D-1", DecisionType.REWARD, Money.ofYuan(100 * WAN),
                "年度绩效考核优秀，给予奖补", "苏教职〔" + day.getYear() + "〕2" + index + "号", day)
                : new PerformanceDecisionRecordedEvent(platformId, "D-1", DecisionType.ADJUST, null,
                "年度绩效考核合格，调整建设任务进度", "苏教职〔" + day.getYear() + "〕2" + index + "号", day));
    }

    /**
     * Report {@code k} of 7 (version 2: the same period again): usage, indicator actuals growing towards the
     * targets, the equipment that arrived in the period.
     */
    private void report(int k, LocalDate submittedOn, int version) {
        LocalDate periodEnd = submittedOn.withDayOfMonth(1).minusDays(1);
        String period = periodEnd.getYear() + (periodEnd.getMonthValue() <= 6 ? "H1" : "H2");
        if (version == 1) {
            reported = List.copyOf(equipment);
            equipment.clear();
        }
        events.add(new PeriodicReportSubmittedEvent(platformId, period, version, submittedOn, reported,
                new PlatformUsage(300, 110 - version, 400 + 60L * k, 4000 + 250L * k), indicators(k, 7)));
    }

    /** Indicator values at report {@code k} of {@code n} (k = n: the task book's targets). */
    private List<IndicatorValue> indicators(int k, int n) {
        int i = index;
        return List.of(count("T1-CORE-MODULES", 8 + i % 5, k, n), count("T2-PRACTICE-POSITIONS", 150 + 10 * (i % 6), k, n),
                count("T2-STUDENTS-TRAINED", 600 + 50 * (i % 4), k, n), count("T3-INDUSTRY-MENTORS", 20 + i % 10, k, n),
                count("T4-MODULAR-COURSES", 10 + i % 4, k, n), count("T5-PATENTS", 5 + i % 4, k, n),
                new IndicatorValue("T5-FOUR-TECH-REVENUE", Money.ofYuan((100 + 10L * (i % 5)) * WAN * k / n).toString()),
                count("T6-TRAINING-PERSON-TIMES", 2000 + 200 * (i % 5), k, n),
                new IndicatorValue("T6-CREDIT-BANK", k >= n - 2 ? "true" : "false"),
                count("T7-INDUSTRY-COLLEGES", 1, k, n),
                new IndicatorValue("T7-OPERATING-MECHANISM", k >= n - 2 ? "true" : "false"));
    }

    private static IndicatorValue count(String code, long target, int k, int n) {
        return new IndicatorValue(code, Long.toString((target * k + n - 1) / n));
    }

    private void receive(FundingSource source, long fen) {
        cash.merge(source, fen, Long::sum);
    }

    private String id(String prefix) {
        return prefix + "-" + ++entries;
    }
}
