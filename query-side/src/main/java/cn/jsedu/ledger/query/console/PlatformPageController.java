package cn.jsedu.ledger.query.console;

import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.compliance.ComplianceCalculator;
import cn.jsedu.ledger.query.ledger.LedgerLine;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.proposal.ProposalQueries;
import cn.jsedu.ledger.query.readiness.ReadinessQueries;
import cn.jsedu.ledger.query.reporting.EquipmentRegister;
import cn.jsedu.ledger.query.reporting.EquipmentRepository;
import cn.jsedu.ledger.query.reporting.IndicatorProgress;
import cn.jsedu.ledger.query.reporting.PlatformReports;
import cn.jsedu.ledger.query.reporting.ReportingRepository;
import cn.jsedu.ledger.query.reporting.ReportingStatus;
import cn.jsedu.ledger.query.reporting.WorkstationShare;
import cn.jsedu.ledger.query.web.ReadYourWrites;
import cn.jsedu.ledger.support.security.LedgerUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A platform's page: balances by source and party, plan against received over time, compliance findings with their
 * evidence, the readiness checklist, reporting status, equipment, indicators, decisions and pending proposals, its
 * ledger entries, and the forms the user may send. {@code minVersion} waits for the user's own write.
 */
@Controller
public class PlatformPageController extends ConsolePage {

    private final ReadYourWrites reads;
    private final PlatformQueries platforms;
    private final BalanceQueries balances;
    private final ReadinessQueries readiness;
    private final ReportingRepository reports;
    private final EquipmentRepository equipment;
    private final ProposalQueries proposals;
    private final ProgrammeParameters parameters;
    private final MessageSource messages;
    private final Clock clock;

    public PlatformPageController(ReadYourWrites reads, PlatformQueries platforms, BalanceQueries balances,
                                  ReadinessQueries readiness, ReportingRepository reports, EquipmentRepository equipment,
                                  ProposalQueries proposals, ProgrammeParameters parameters, MessageSource messages,
                                  Clock clock) {
        this.reads = reads;
        this.platforms = platforms;
        this.balances = balances;
        this.readiness = readiness;
        this.reports = reports;
        this.equipment = equipment;
        this.proposals = proposals;
        this.parameters = parameters;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/console/platforms/{platformId}")
    public String platform(@PathVariable String platformId, @RequestParam(required = false) Long minVersion,
                           Model model, Locale locale) {
        PlatformRow row = reads.platform(platformId, minVersion);
        LocalDate today = LocalDate.now(clock);
        BalanceQueries.Inputs in = balances.inputs(row, null);
        PlatformReports reported = reports.of(platformId);
        List<LedgerLine> lines = in.lines();
        model.addAttribute("platform", row);
        model.addAttribute("plan", in.plan());
        model.addAttribute("parties", platforms.parties(platformId));
        model.addAttribute("agreements", platforms.agreements(platformId));
        model.addAttribute("decisions", in.decisions());
        model.addAttribute("proposals", proposals.ofPlatform(platformId));
        model.addAttribute("balances", balances.balances(row, null, null));
        model.addAttribute("compliance", ComplianceCalculator.compute(in, today, null, parameters));
        model.addAttribute("readiness", readiness.platform(row, today));
        model.addAttribute("periods", ReportingStatus.of(row.constructionStart(), row.constructionEnd(), reported, today, parameters));
        model.addAttribute("equipment", EquipmentRegister.of(platformId, equipment.items(platformId), lines));
        model.addAttribute("indicators", IndicatorProgress.of(reported, today, parameters));
        model.addAttribute("workstations", WorkstationShare.of(reported, today, parameters));
        model.addAttribute("lines", lines);
        model.addAttribute("forms", formsFor(LedgerUser.current(), platformId));
        model.addAttribute("mayApprove", ConsoleAccessPolicy.POLICY.ruleFor("POST", "/console/platforms/" + platformId
                + "/proposals/x/approval").map(r -> r.roles().contains(LedgerUser.current().role())).orElse(false));
        model.addAttribute("mayExport", ConsoleAccessPolicy.POLICY.ruleFor("GET", "/console/platforms/" + platformId
                + "/export/x").map(r -> r.roles().contains(LedgerUser.current().role())).orElse(false));
        model.addAttribute("planChart", PlanVsReceived.chart(PlanVsReceived.of(in, today, parameters.reportPeriodEnds()),
                text("figure.plannedCumulative", locale), text("figure.receivedCumulative", locale),
                text("figure.spentCumulative", locale)));
        return "console/platform";
    }

    /** The forms this user's role may open, by the console's policy table (the same table that guards them). */
    static List<FormKind> formsFor(LedgerUser user, String platformId) {
        return Arrays.stream(FormKind.values()).filter(kind -> ConsoleAccessPolicy.POLICY
                .ruleFor("GET", "/console/platforms/" + platformId + "/commands/" + kind.slug())
                .map(rule -> rule.roles().contains(user.role())).orElse(false)).toList();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
