package cn.jsedu.ledger.console.form;

import cn.jsedu.ledger.console.api.ApiCall;
import cn.jsedu.ledger.console.api.QueryApi;
import cn.jsedu.ledger.console.api.Reads;
import cn.jsedu.ledger.console.api.view.IndicatorsView;
import cn.jsedu.ledger.console.api.view.PermittedCommandsView;
import cn.jsedu.ledger.console.api.view.PlatformDetailView;
import cn.jsedu.ledger.console.api.view.ReportingStatusView;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.PartyRole;
import cn.jsedu.ledger.kernel.report.EquipmentChange;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    private final QueryApi queries;
    private final Reads reads;

    public CommandForms(QueryApi queries, Reads reads) {
        this.queries = queries;
        this.reads = reads;
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
        };
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
            fields.add(text(FormBodies.INDICATOR + target.code(), false)
                    .labelled(target.code() + " " + (name == null ? target.code() : name) + " (≥ " + target.target() + ")"));
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
