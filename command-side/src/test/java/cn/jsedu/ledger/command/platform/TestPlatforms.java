package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.event.AgreementSignedEvent;
import cn.jsedu.ledger.kernel.event.EnterpriseContributionRecordedEvent;
import cn.jsedu.ledger.kernel.event.ExpenditureRecordedEvent;
import cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.PerformanceDecisionRecordedEvent;
import cn.jsedu.ledger.kernel.event.PlatformApprovedEvent;
import cn.jsedu.ledger.kernel.event.PlatformDeclaredEvent;
import cn.jsedu.ledger.kernel.event.PlatformSuspendedEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.id.CreditCode;
import cn.jsedu.ledger.kernel.id.EntryId;
import cn.jsedu.ledger.kernel.id.PartyId;
import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.AgreementParty;
import cn.jsedu.ledger.kernel.platform.College;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.EnterpriseParty;
import cn.jsedu.ledger.kernel.platform.PartyRole;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.kernel.platform.Pledge;
import cn.jsedu.ledger.kernel.role.Role;

import java.time.LocalDate;
import java.util.List;

import static cn.jsedu.ledger.kernel.fund.FundingSource.COLLEGE;
import static cn.jsedu.ledger.kernel.fund.FundingSource.ENTERPRISE;
import static cn.jsedu.ledger.kernel.fund.FundingSource.PROVINCIAL_FINANCE;

/** A platform in the states the fixture tests start from: a plan of exactly 30,000,000.00 with a third from E1. */
final class TestPlatforms {

    static final String ID = "P-1";
    static final PlatformId PLATFORM = PlatformId.of(ID);
    static final College COLLEGE_A = new College("4132010850", "无锡职业技术学院");
    static final String E1 = "E1";
    static final String E2 = "E2";
    static final String E1_CODE = CreditCode.withCheckCharacter("91320200MA1MXXXX1").value();
    static final String E2_CODE = CreditCode.withCheckCharacter("91320200MA1MYYYY2").value();
    static final LocalDate START = LocalDate.of(2020, 3, 1);
    static final LocalDate END = LocalDate.of(2023, 3, 1);
    /** "Today" for every fixture test. */
    static final LocalDate TODAY = LocalDate.of(2023, 6, 30);

    private TestPlatforms() {
    }

    static Money yuan(String amount) {
        return Money.parse(amount);
    }

    static List<PlanLine> plan(String provincial, String enterprise, String college) {
        return List.of(new PlanLine(PROVINCIAL_FINANCE, null, 2020, yuan(provincial)),
                new PlanLine(ENTERPRISE, E1, 2020, yuan(enterprise)),
                new PlanLine(COLLEGE, null, 2021, yuan(college)));
    }

    static List<PlanLine> minimumPlan() {
        return plan("10000000.00", "10000000.00", "10000000.00");
    }

    static List<EnterpriseParty> enterprises() {
        return List.of(new EnterpriseParty(E1, "无锡机床股份有限公司", E1_CODE),
                new EnterpriseParty(E2, "江苏智造科技有限公司", E2_CODE));
    }

    static DeclarePlatformCommand declare(List<PlanLine> plan) {
        return new DeclarePlatformCommand(PLATFORM, ProgrammeId.DEFAULT, COLLEGE_A, "智能制造专业群", "高端装备制造", "智能制造产教融合集成平台",
                enterprises(), plan);
    }

    static PlatformDeclaredEvent declared() {
        return declared(minimumPlan());
    }

    static PlatformDeclaredEvent declared(List<PlanLine> plan) {
        return new PlatformDeclaredEvent(ID, ProgrammeId.DEFAULT.value(), COLLEGE_A, "智能制造专业群", "高端装备制造", "智能制造产教融合集成平台",
                enterprises(), plan);
    }

    static PlatformApprovedEvent approved() {
        return new PlatformApprovedEvent(ID, 2, START, END, minimumPlan(), "苏教职〔2020〕1号");
    }

    static AgreementSignedEvent agreementWithE1AndE2() {
        return new AgreementSignedEvent(ID, "A-1", LocalDate.of(2020, 3, 10),
                List.of(new AgreementParty(E1, "无锡机床股份有限公司", E1_CODE, PartyRole.ENTERPRISE),
                        new AgreementParty(E2, "江苏智造科技有限公司", E2_CODE, PartyRole.ENTERPRISE),
                        new AgreementParty("C", "无锡职业技术学院", null, PartyRole.COLLEGE)),
                List.of(new Pledge(E1, ENTERPRISE, ContributionForm.CASH, yuan("10000000.00"))), "共建协议-1");
    }

    static InstallmentRecordedEvent installment(String entryId, FundingSource source, String amount, LocalDate on) {
        return new InstallmentRecordedEvent(ID, entryId, source, null, ContributionForm.CASH, yuan(amount), on, "V-" + entryId, null);
    }

    static EnterpriseContributionRecordedEvent contribution(String entryId, String party, ContributionForm form,
                                                            String amount, LocalDate on) {
        return new EnterpriseContributionRecordedEvent(ID, entryId, party, form, yuan(amount), on, "V-" + entryId,
                form.isCash() ? null : "评估-" + entryId);
    }

    static ExpenditureRecordedEvent expenditure(String entryId, FundingSource source, String amount, LocalDate on) {
        return new ExpenditureRecordedEvent(ID, entryId, ExpenditureCategory.EQUIPMENT_PURCHASE, source, null,
                yuan(amount), on, "V-" + entryId);
    }

    static PlatformSuspendedEvent suspended() {
        return new PlatformSuspendedEvent(ID, "资金到位滞后", "苏教职〔2021〕9号");
    }

    static PerformanceDecisionRecordedEvent terminated() {
        return new PerformanceDecisionRecordedEvent(ID, "D-T", DecisionType.TERMINATE, null, "立项条件基础丧失",
                "苏教职〔2022〕3号", LocalDate.of(2022, 6, 1));
    }

    static RecordInstallmentCommand recordInstallment(String entryId, FundingSource source, String amount, LocalDate on) {
        return new RecordInstallmentCommand(PLATFORM, EntryId.of(entryId), source, null, ContributionForm.CASH,
                yuan(amount), on, "V-" + entryId, null);
    }

    static RecordEnterpriseContributionCommand recordContribution(String entryId, String party, ContributionForm form,
                                                                  String amount, LocalDate on) {
        return new RecordEnterpriseContributionCommand(PLATFORM, EntryId.of(entryId), PartyId.of(party), form,
                yuan(amount), on, "V-" + entryId, form.isCash() ? null : "评估-" + entryId);
    }

    static RecordExpenditureCommand recordExpenditure(String entryId, FundingSource source, String amount, LocalDate on) {
        return new RecordExpenditureCommand(PLATFORM, EntryId.of(entryId), ExpenditureCategory.EQUIPMENT_PURCHASE,
                source, null, yuan(amount), on, "V-" + entryId);
    }

    /** A correction issued by {@code by} (the role of the authenticated user). */
    static RecordAdjustmentCommand correct(Role by, String entryId, String originalEntryId, String correctedAmount) {
        return new RecordAdjustmentCommand(PLATFORM, EntryId.of(entryId), EntryId.of(originalEntryId),
                yuan(correctedAmount), "录入错误", by);
    }
}
