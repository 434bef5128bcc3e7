package cn.jsedu.ledger.query.support;

import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.event.AcceptanceRequestedEvent;
import cn.jsedu.ledger.kernel.event.AcceptanceReviewedEvent;
import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.AgreementSignedEvent;
import cn.jsedu.ledger.kernel.event.DecisionProposedEvent;
import cn.jsedu.ledger.kernel.event.EnterpriseContributionRecordedEvent;
import cn.jsedu.ledger.kernel.event.EventMetadataKeys;
import cn.jsedu.ledger.kernel.event.ExpenditureRecordedEvent;
import cn.jsedu.ledger.kernel.event.FundingPlanRevisedEvent;
import cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.MoneyEntryEvent;
import cn.jsedu.ledger.kernel.event.PerformanceDecisionRecordedEvent;
import cn.jsedu.ledger.kernel.event.PeriodicReportSubmittedEvent;
import cn.jsedu.ledger.kernel.event.PlanRevisionProposedEvent;
import cn.jsedu.ledger.kernel.event.PlatformApprovedEvent;
import cn.jsedu.ledger.kernel.event.PlatformDeclaredEvent;
import cn.jsedu.ledger.kernel.event.PlatformEvent;
import cn.jsedu.ledger.kernel.event.PlatformRejectedEvent;
import cn.jsedu.ledger.kernel.event.PlatformResumedEvent;
import cn.jsedu.ledger.kernel.event.PlatformSuspendedEvent;
import cn.jsedu.ledger.kernel.event.ProposalApprovedEvent;
import cn.jsedu.ledger.kernel.event.ProposalWithdrawnEvent;
import cn.jsedu.ledger.kernel.event.ProposedChangeEvent;
import cn.jsedu.ledger.kernel.event.RecoveryRecordedEvent;
import cn.jsedu.ledger.kernel.event.SuspensionProposedEvent;
import cn.jsedu.ledger.kernel.event.TaskBookSetEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
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
import cn.jsedu.ledger.kernel.platform.ProposedDecision;
import cn.jsedu.ledger.kernel.platform.ProposedPlanRevision;
import cn.jsedu.ledger.kernel.platform.ProposedSuspension;
import cn.jsedu.ledger.kernel.report.EquipmentEntry;
import cn.jsedu.ledger.kernel.report.PlatformUsage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One platform's events as the command side would record them: the shared-kernel event records with realistic
 * values, wrapped in domain event messages with the platform's next sequence number, an event id, a recording time
 * and the metadata every event carries. Recording times start on {@link #START} and move a minute per event unless
 * {@link #at} sets them. A correction repeats what it corrects as the aggregate would (kind, source, party, form,
 * original date, amount in force before).
 */
public final class PlatformStory {

    public static final Instant START = Instant.parse("2020-01-06T01:00:00Z");

    public static final String E1 = "E1";
    public static final String E2 = "E2";

    /** 30,000,000.00 of which the enterprises put in exactly a third: both rules of docs/domain.md §1 just met. */
    public static final List<PlanLine> PLAN = List.of(
            line(FundingSource.PROVINCIAL_FINANCE, null, 2020, "10000000.00"),
            line(FundingSource.ENTERPRISE, E1, 2020, "6000000.00"),
            line(FundingSource.ENTERPRISE, E2, 2021, "4000000.00"),
            line(FundingSource.COLLEGE, null, 2021, "10000000.00"));

    private record Entry(EntryKind kind, FundingSource source, String partyId, ContributionForm form,
                         LocalDate effectiveDate, Money amount) {
    }

    private final String platformId;
    private final String collegeCode;
    private final List<DomainEventMessage<?>> events = new ArrayList<>();
    private final Map<String, Entry> entries = new HashMap<>();
    private Instant clock = START;
    private String user = "college-wx";
    private String role = "COLLEGE_OFFICER";

    private PlatformStory(String platformId, String collegeCode) {
        this.platformId = platformId;
        this.collegeCode = collegeCode;
    }

    public static PlatformStory of(String platformId) {
        return new PlatformStory(platformId, "41320" + Math.abs(platformId.hashCode() % 100000));
    }

    public static PlanLine line(FundingSource source, String partyId, int year, String amount) {
        return new PlanLine(source, partyId, year, Money.parse(amount));
    }

    public String platformId() {
        return platformId;
    }

    /** The next event is recorded at {@code instant} (ISO-8601, e.g. {@code 2020-04-02T08:00:00Z}). */
    public PlatformStory at(String instant) {
        clock = Instant.parse(instant);
        return this;
    }

    /** The next events are recorded by {@code user} in {@code role} (metadata only: no projection reads it). */
    public PlatformStory by(String user, String role) {
        this.user = user;
        this.role = role;
        return this;
    }

    /** Every event recorded so far, in sequence order. */
    public List<DomainEventMessage<?>> events() {
        return List.copyOf(events);
    }

    /** The events recorded after {@code event}. */
    public List<DomainEventMessage<?>> after(DomainEventMessage<?> event) {
        return List.copyOf(events.subList(events.indexOf(event) + 1, events.size()));
    }

    /** Records {@code event} as the platform's next one. */
    public DomainEventMessage<PlatformEvent> record(PlatformEvent event) {
        Map<String, Object> metaData = new LinkedHashMap<>();
        metaData.put(EventMetadataKeys.USER, user);
        metaData.put(EventMetadataKeys.ROLE, role);
        metaData.put(EventMetadataKeys.CORRELATION_ID, UUID.randomUUID().toString());
        metaData.put(EventMetadataKeys.IDEMPOTENCY_KEY, platformId + "-" + events.size());
        DomainEventMessage<PlatformEvent> message = new GenericDomainEventMessage<>("Platform", platformId,
                events.size(), event, metaData, UUID.randomUUID().toString(), clock);
        events.add(message);
        clock = clock.plus(Duration.ofMinutes(1));
        if (event instanceof MoneyEntryEvent e) {
            entries.put(e.entryId(), new Entry(e.kind(), e.source(), e.partyId(), e.form(), e.effectiveDate(), e.amount()));
        }
        return message;
    }

    // --- lifecycle ---

    public DomainEventMessage<PlatformEvent> declared() {
        return declared(PLAN);
    }

    public DomainEventMessage<PlatformEvent> declared(List<PlanLine> plan) {
        return record(new PlatformDeclaredEvent(platformId, ProgrammeId.DEFAULT.value(), new College(collegeCode, "无锡职业技术学院"), "智能制造专业群",
                "高端装备制造", "智能制造产教融合集成平台", List.of(
                new EnterpriseParty(E1, "无锡机床股份有限公司", "91320200MA1MXXXX1H"),
                new EnterpriseParty(E2, "江苏数控装备有限公司", "91320200123456789L")), plan));
    }

    /** Approved in batch 2 with a three-year construction period from {@code constructionStart}. */
    public DomainEventMessage<PlatformEvent> approved(String constructionStart) {
        return approved(constructionStart, PLAN);
    }

    public DomainEventMessage<PlatformEvent> approved(String constructionStart, List<PlanLine> plan) {
        LocalDate start = LocalDate.parse(constructionStart);
        return record(new PlatformApprovedEvent(platformId, 2, start, start.plusYears(3), plan, "苏教职〔2020〕3号"));
    }

    public DomainEventMessage<PlatformEvent> rejected() {
        return record(new PlatformRejectedEvent(platformId, "企业投入不足", "苏教职〔2020〕4号"));
    }

    /** The college and enterprise E1 sign, E1 pledging 6,000,000.00 cash and 2,000,000.00 in equipment. */
    public DomainEventMessage<PlatformEvent> agreementSigned(String agreementId, String signedOn) {
        return record(new AgreementSignedEvent(platformId, agreementId, LocalDate.parse(signedOn), List.of(
                new AgreementParty("C1", "无锡职业技术学院", null, PartyRole.COLLEGE),
                new AgreementParty(E1, "无锡机床股份有限公司", "91320200MA1MXXXX1H", PartyRole.ENTERPRISE)), List.of(
                new Pledge(E1, FundingSource.ENTERPRISE, ContributionForm.CASH, Money.parse("6000000.00")),
                new Pledge(E1, FundingSource.ENTERPRISE, ContributionForm.EQUIPMENT, Money.parse("2000000.00"))),
                "共建协议-" + agreementId));
    }

    public DomainEventMessage<PlatformEvent> suspended() {
        return record(new PlatformSuspendedEvent(platformId, "资金不到位", "苏教职〔2021〕10号"));
    }

    public DomainEventMessage<PlatformEvent> resumed() {
        return record(new PlatformResumedEvent(platformId, "整改完成", "苏教职〔2021〕11号"));
    }

    public DomainEventMessage<PlatformEvent> acceptanceRequested(String on) {
        return record(new AcceptanceRequestedEvent(platformId, LocalDate.parse(on)));
    }

    public DomainEventMessage<PlatformEvent> acceptanceReviewed(AcceptanceResult result, String on) {
        return record(new AcceptanceReviewedEvent(platformId, result, LocalDate.parse(on), "验收专家组", "按期完成建设任务"));
    }

    // --- money ---

    public DomainEventMessage<PlatformEvent> installment(String entryId, FundingSource source, String amount,
                                                         String effectiveDate) {
        return installment(entryId, source, ContributionForm.CASH, amount, effectiveDate);
    }

    public DomainEventMessage<PlatformEvent> installment(String entryId, FundingSource source, ContributionForm form,
                                                         String amount, String effectiveDate) {
        return record(new InstallmentRecordedEvent(platformId, entryId, source, null, form, Money.parse(amount),
                LocalDate.parse(effectiveDate), "财拨〔2020〕" + entryId, form.isCash() ? null : "评估报告-" + entryId));
    }

    public DomainEventMessage<PlatformEvent> contribution(String entryId, String partyId, ContributionForm form,
                                                          String amount, String effectiveDate) {
        return record(new EnterpriseContributionRecordedEvent(platformId, entryId, partyId, form, Money.parse(amount),
                LocalDate.parse(effectiveDate), "入库单-" + entryId, form.isCash() ? null : "评估报告-" + entryId));
    }

    public DomainEventMessage<PlatformEvent> expenditure(String entryId, ExpenditureCategory category,
                                                         FundingSource source, String amount, String effectiveDate) {
        return record(new ExpenditureRecordedEvent(platformId, entryId, category, source, null, Money.parse(amount),
                LocalDate.parse(effectiveDate), "付款-" + entryId));
    }

    /** Corrects {@code originalEntryId} to {@code correctedAmount} ("0.00" voids it), at its original date. */
    public DomainEventMessage<PlatformEvent> correction(String entryId, String originalEntryId, String correctedAmount,
                                                        String reason) {
        Entry original = entries.get(originalEntryId);
        Money corrected = Money.parse(correctedAmount);
        DomainEventMessage<PlatformEvent> message = record(new AdjustmentRecordedEvent(platformId, entryId,
                originalEntryId, original.kind(), original.source(), original.partyId(), original.form(),
                original.effectiveDate(), original.amount(), corrected, reason));
        entries.put(originalEntryId, new Entry(original.kind(), original.source(), original.partyId(), original.form(),
                original.effectiveDate(), corrected));
        return message;
    }

    public DomainEventMessage<PlatformEvent> recovery(String entryId, FundingSource source, String amount,
                                                      String effectiveDate) {
        return record(new RecoveryRecordedEvent(platformId, entryId, source, Money.parse(amount),
                LocalDate.parse(effectiveDate), "中止后追回未使用资金", "苏财教〔2022〕" + entryId));
    }

    // --- decisions and plans ---

    /** A performance decision; {@code amount} is null for the types that carry none. */
    public DomainEventMessage<PlatformEvent> decision(String decisionId, DecisionType type, String amount,
                                                      String decidedOn) {
        return record(new PerformanceDecisionRecordedEvent(platformId, decisionId, type,
                amount == null ? null : Money.parse(amount), "年度绩效考核", "苏教职〔2022〕" + decisionId,
                LocalDate.parse(decidedOn)));
    }

    public DomainEventMessage<PlatformEvent> planRevised(int planVersion, List<PlanLine> plan) {
        return record(new FundingPlanRevisedEvent(platformId, planVersion, plan, "调整建设内容", "苏教职〔2021〕20号"));
    }

    // --- four eyes ---

    public DomainEventMessage<PlatformEvent> decisionProposed(String proposalId, String decisionId, DecisionType type,
                                                              String amount) {
        return record(new DecisionProposedEvent(platformId, proposalId, "admin1", new ProposedDecision(decisionId, type,
                amount == null ? null : Money.parse(amount), "绩效突出", "苏教职〔2022〕5号", LocalDate.of(2022, 6, 1))));
    }

    public DomainEventMessage<PlatformEvent> planRevisionProposed(String proposalId, List<PlanLine> plan) {
        return record(new PlanRevisionProposedEvent(platformId, proposalId, "admin1",
                new ProposedPlanRevision(plan, "调整预算", "苏教职〔2022〕8号", null)));
    }

    public DomainEventMessage<PlatformEvent> suspensionProposed(String proposalId) {
        return record(new SuspensionProposedEvent(platformId, proposalId, "admin1",
                new ProposedSuspension("资金不到位", "苏教职〔2022〕10号")));
    }

    public DomainEventMessage<PlatformEvent> proposalApproved(DomainEventMessage<?> proposed) {
        ProposedChangeEvent p = (ProposedChangeEvent) proposed.getPayload();
        return record(new ProposalApprovedEvent(platformId, p.proposalId(), p.kind(), p.proposedBy(), "admin2"));
    }

    public DomainEventMessage<PlatformEvent> proposalWithdrawn(DomainEventMessage<?> proposed) {
        ProposedChangeEvent p = (ProposedChangeEvent) proposed.getPayload();
        return record(new ProposalWithdrawnEvent(platformId, p.proposalId(), p.proposedBy(), "依据有误"));
    }

    // --- task book and reports ---

    /** Targets as {@code code, value} pairs, e.g. {@code taskBook(1, "T1-CORE-MODULES", "10")}. */
    public DomainEventMessage<PlatformEvent> taskBook(int version, String... codesAndValues) {
        return record(new TaskBookSetEvent(platformId, version, IndicatorCatalogue.VERSION, values(codesAndValues),
                version == 1 ? null : "中期调整", version == 1 ? "任务书-1" : "任务书-" + version));
    }

    public DomainEventMessage<PlatformEvent> report(String period, int version, String submittedOn, PlatformUsage usage,
                                                    List<EquipmentEntry> equipment, String... codesAndValues) {
        return record(new PeriodicReportSubmittedEvent(platformId, period, version, LocalDate.parse(submittedOn),
                equipment, usage, values(codesAndValues)));
    }

    /** A report with a third of 300 workstations offered and no indicators or equipment. */
    public DomainEventMessage<PlatformEvent> report(String period, String submittedOn) {
        return report(period, 1, submittedOn, new PlatformUsage(300, 100, 1200, 5000), List.of());
    }

    private static List<IndicatorValue> values(String... codesAndValues) {
        List<IndicatorValue> values = new ArrayList<>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            values.add(new IndicatorValue(codesAndValues[i], codesAndValues[i + 1]));
        }
        return values;
    }
}
