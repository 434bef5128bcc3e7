package cn.jsedu.ledger.console.form;

import cn.jsedu.ledger.console.api.ApiCall;
import cn.jsedu.ledger.console.api.QueryApi;
import cn.jsedu.ledger.console.api.Reads;
import cn.jsedu.ledger.console.api.view.BudgetExecutionView;
import cn.jsedu.ledger.console.api.view.IndicatorsView;
import cn.jsedu.ledger.console.api.view.PermittedCommandsView;
import cn.jsedu.ledger.console.api.view.PlatformDetailView;
import cn.jsedu.ledger.console.api.view.ReportingStatusView;
import cn.jsedu.ledger.kernel.finding.FindingStatus;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.indicator.Indicator;
import cn.jsedu.ledger.kernel.indicator.IndicatorCatalogue;
import cn.jsedu.ledger.kernel.indicator.IndicatorUnit;
import cn.jsedu.ledger.kernel.platform.AcceptanceResult;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.PartyRole;
import cn.jsedu.ledger.kernel.report.EquipmentChange;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static cn.jsedu.ledger.console.form.FormField.Option;
import static cn.jsedu.ledger.console.form.FormField.date;
import static cn.jsedu.ledger.console.form.FormField.enumOptions;
import static cn.jsedu.ledger.console.form.FormField.money;
import static cn.jsedu.ledger.console.form.FormField.number;
import static cn.jsedu.ledger.console.form.FormField.select;
import static cn.jsedu.ledger.console.form.FormField.text;

/**
 * The inputs of each command form, with choices as the APIs answer them (agreement parties, correctable entries,
 * ended reporting periods, task-book indicators from the query API; the installment sources this user may record
 * from the command API). The fields are named as the API's request fields, so the API's field errors land on the
 * right input; {@link FormBodies} turns the submitted values into the API's JSON.
 */
@Component
public class CommandForms {

    static final int EQUIPMENT_ROWS = 2;
    static final int PLAN_ROWS = 10;
    /** A yes/no indicator is chosen, not typed: the API's values {@code true} and {@code false}. */
    private static final List<Option> YES_NO = List.of(Option.key("true", "yes"), Option.key("false", "no"));

    private final QueryApi queries;
    private final Reads reads;
    private final MessageSource messages;

    public CommandForms(QueryApi queries, Reads reads, MessageSource messages) {
        this.queries = queries;
        this.reads = reads;
        this.messages = messages;
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public List<FormField> fields(FormKind kind, PlatformDetailView platform, PermittedCommandsView permitted,
                                  Locale locale, ApiCall call) {
        return switch (kind) {
            case INSTALLMENT -> List.of(select("source", true, enumOptions("source", installmentSources(permitted))),
                    select("form", true, enumOptions("form", List.of(ContributionForm.values()))),
                    money("amount", true), date("effectiveDate", true), text("voucherRef", true),
                    text("appraisalRef", false), text("entryId", false));
            case CONTRIBUTION -> List.of(select("partyId", true, enterprises(platform, true)),
                    select("form", true, enumOptions("form", List.of(ContributionForm.values()))),
                    money("amount", true), date("effectiveDate", true), text("voucherRef", true),
                    text("appraisalRef", false), text("entryId", false));
            case EXPENDITURE -> List.of(select("category", true, enumOptions("category", List.of(ExpenditureCategory.values()))),
                    select("chargedSource", true, enumOptions("source", List.of(FundingSource.values()))),
                    select("partyId", false, enterprises(platform, false)),
                    money("amount", true), date("effectiveDate", true), text("voucherRef", true), text("entryId", false));
            case ADJUSTMENT -> List.of(select("originalEntryId", true, correctable(platform, call)),
                    money("correctedAmount", true), text("reason", true));
            case RECOVERY -> List.of(select("source", true, enumOptions("source", List.of(FundingSource.values()))),
                    money("amount", true), date("effectiveDate", true), text("reason", true), text("decisionRef", true));
            case DECISION -> List.of(select("type", true, enumOptions("decision", List.of(DecisionType.values()))),
                    money("amount", false), text("basis", true), text("decisionRef", true), date("decidedOn", true));
            case REPORT -> reportFields(platform, locale, call);
            case PLAN_REVISION -> withBudget(planRevisionFields(platform), platform, locale, call, true);
            case SUSPENSION, RESUMPTION -> List.of(text("reason", true), text("decisionRef", true));
            case TASK_BOOK -> withBudget(taskBookFields(locale), platform, locale, call, false);
            case ACCEPTANCE_REVIEW -> List.of(select("result", true, enumOptions("result", List.of(AcceptanceResult.values()))),
                    date("reviewedOn", true), text("panel", true), text("remarks", false));
            case FINDING -> FindingForms.record();
            case RECTIFICATION -> FindingForms.rectification(findings(platform, Set.of(FindingStatus.OPEN), locale, call));
            case FINDING_CLOSURE -> FindingForms.closure(findings(platform, Set.of(FindingStatus.ANSWERED), locale, call));
            case FINDING_REOPENING -> FindingForms.reopening(findings(platform,
                    Set.of(FindingStatus.ANSWERED, FindingStatus.CLOSED), locale, call));
            case PROVINCIAL_ALLOCATION -> ProvincialChainForms.allocation();
            case PROVINCIAL_PAYMENT -> ProvincialChainForms.payment(
                    ProvincialChainForms.payable(queries, platform.platformId(), messages, locale, call));
        };
    }

    /**
     * The budget grid after a form's own inputs: always on a plan revision (which replaces the budget), on the task
     * book only until a budget is declared (the API refuses a second declaration, BUDGET_ALREADY_DECLARED).
     */
    private List<FormField> withBudget(List<FormField> fields, PlatformDetailView platform, Locale locale, ApiCall call,
                                       boolean revision) {
        BudgetExecutionView current = queries.budgetExecution(platform.platformId(), call);
        if (!revision && current.budgetVersion() != null) {
            return fields;
        }
        List<FormField> all = new ArrayList<>(fields);
        all.addAll(BudgetRows.fields(platform, current, messages, locale));
        return all;
    }

    /** What a form starts with: a plan revision starts from the plan and the budget as they stand. */
    public Map<String, String> startingValues(FormKind kind, PlatformDetailView platform, ApiCall call) {
        if (kind != FormKind.PLAN_REVISION) {
            return Map.of();
        }
        Map<String, String> values = currentPlan(platform);
        values.putAll(BudgetRows.startingValues(queries.budgetExecution(platform.platformId(), call)));
        return values;
    }

    /**
     * The body a form sends; a plan revision whose budget is the one in force leaves the budget out (unchanged, in
     * the API's terms), so changing the plan alone does not restate the budget as a new version.
     */
    public FormBodies.Body body(FormKind kind, List<FormField> fields, Map<String, String> values,
                                PlatformDetailView platform, ApiCall call) {
        FormBodies.Body body = FormBodies.of(kind, fields, values);
        if (kind == FormKind.PLAN_REVISION && body.json().get("budget") instanceof List<?> sent) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> lines = (List<Map<String, Object>>) sent;
            if (BudgetRows.unchanged(lines, queries.budgetExecution(platform.platformId(), call))) {
                body.json().remove("budget");
            }
        }
        return body;
    }

    private List<Option> findings(PlatformDetailView platform, Set<FindingStatus> states, Locale locale, ApiCall call) {
        return FindingForms.inState(queries, platform.platformId(), states, messages, locale, call);
    }

    /** The revised plan's lines (the current plan offered as the starting point by the form), then why and on what authority. */
    private static List<FormField> planRevisionFields(PlatformDetailView platform) {
        List<FormField> fields = new ArrayList<>();
        List<Option> parties = enterprises(platform, false);
        for (int row = 0; row < PLAN_ROWS; row++) {
            String p = FormBodies.PLAN + row + ".";
            fields.add(new FormField(p + "source", "select", false, "field.plan.source", null,
                    enumOptions("source", List.of(FundingSource.values()))));
            fields.add(new FormField(p + "partyId", "select", false, "field.plan.partyId", null, parties));
            fields.add(new FormField(p + "year", "number", false, "field.plan.year", null, List.of()));
            fields.add(new FormField(p + "amount", "money", false, "field.plan.amount", null, List.of()));
        }
        fields.add(text("reason", true));
        fields.add(text("decisionRef", true));
        return fields;
    }

    /** One target per indicator of the catalogue (the published language), labelled by its name and task. */
    private List<FormField> taskBookFields(Locale locale) {
        List<FormField> fields = new ArrayList<>();
        fields.add(text("decisionRef", true));
        fields.add(text("reason", false));
        boolean chinese = locale.getLanguage().equals("zh");
        for (Indicator indicator : IndicatorCatalogue.get().all()) {
            FormField field = indicator.unit() == IndicatorUnit.YES_NO ? select(FormBodies.TARGET + indicator.code(), false, YES_NO)
                    : text(FormBodies.TARGET + indicator.code(), false);
            fields.add(field.labelled(indicator.code() + " " + (chinese ? indicator.nameZh() : indicator.nameEn())));
        }
        return fields;
    }

    /** The current plan as the plan revision form's starting values (its inputs are named as {@link FormBodies} reads them). */
    static java.util.Map<String, String> currentPlan(PlatformDetailView platform) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        List<PlatformDetailView.PlanLine> plan = platform.plan();
        for (int row = 0; row < Math.min(plan.size(), PLAN_ROWS); row++) {
            PlatformDetailView.PlanLine line = plan.get(row);
            String p = FormBodies.PLAN + row + ".";
            values.put(p + "source", line.source().name());
            if (line.partyId() != null) {
                values.put(p + "partyId", line.partyId());
            }
            values.put(p + "year", String.valueOf(line.year()));
            values.put(p + "amount", line.amount());
        }
        return values;
    }

    /**
     * The sources the command API lets this user record installments of, but enterprise money, which has its own
     * form (the contribution; the aggregate refuses an ENTERPRISE installment, ENTERPRISE_SOURCE_NEEDS_CONTRIBUTION).
     */
    private static List<FundingSource> installmentSources(PermittedCommandsView permitted) {
        return permitted.installmentSources().stream().filter(s -> s != FundingSource.ENTERPRISE).toList();
    }

    private static List<Option> enterprises(PlatformDetailView platform, boolean agreementOnly) {
        return platform.parties().stream()
                .filter(p -> p.role() == PartyRole.ENTERPRISE && (!agreementOnly || p.inAgreement()))
                .map(p -> Option.text(p.partyId(), p.partyId() + " " + p.name())).toList();
    }

    private List<Option> correctable(PlatformDetailView platform, ApiCall call) {
        return queries.ledger(platform.platformId(), null, call).lines().stream()
                .filter(l -> l.kind().isCorrectable())
                .map(l -> Option.text(l.entryId(), l.entryId() + " · " + l.source() + " · " + l.amount() + " · "
                        + l.effectiveDate())).toList();
    }

    private List<FormField> reportFields(PlatformDetailView platform, Locale locale, ApiCall call) {
        CompletableFuture<ReportingStatusView> status = reads.start(() ->
                queries.reportingStatus(platform.platformId(), null, call));
        CompletableFuture<IndicatorsView> indicators = reads.start(() ->
                queries.indicators(platform.platformId(), null, call));
        ReportingStatusView reporting = Reads.join(status);
        List<FormField> fields = new ArrayList<>();
        // the periods that have ended, as of the query side's today
        List<Option> periods = reporting.periods().stream().filter(p -> !p.periodEnd().isAfter(reporting.asOf()))
                .map(p -> Option.text(p.period(), p.period())).toList();
        fields.add(select("period", true, periods));
        for (String usage : FormBodies.USAGE) {
            fields.add(number(usage, true));
        }
        boolean chinese = locale.getLanguage().equals("zh");
        for (IndicatorsView.Indicator target : Reads.join(indicators).indicators()) {
            String name = chinese ? target.nameZh() : target.nameEn();
            boolean yesNo = IndicatorUnit.YES_NO.name().equals(target.unit());
            String goal = yesNo ? message("field.indicatorTargetYes", locale)
                    : message("field.indicatorTarget", locale, target.target());
            FormField field = yesNo ? select(FormBodies.INDICATOR + target.code(), false, YES_NO)
                    : text(FormBodies.INDICATOR + target.code(), false);
            fields.add(field.labelled(target.code() + " " + (name == null ? target.code() : name) + goal));
        }
        for (int row = 0; row < EQUIPMENT_ROWS; row++) {
            String p = FormBodies.EQUIPMENT + row + ".";
            fields.add(new FormField(p + "item", "text", false, "field.equipment.item", null, List.of()));
            fields.add(new FormField(p + "quantity", "number", false, "field.equipment.quantity", null, List.of()));
            fields.add(new FormField(p + "value", "money", false, "field.equipment.value", null, List.of()));
            fields.add(new FormField(p + "source", "select", false, "field.equipment.source", null,
                    enumOptions("source", List.of(FundingSource.values()))));
            fields.add(new FormField(p + "change", "select", false, "field.equipment.change", null,
                    enumOptions("change", List.of(EquipmentChange.values()))));
            fields.add(new FormField(p + "date", "date", false, "field.equipment.date", null, List.of()));
        }
        return fields;
    }
}
