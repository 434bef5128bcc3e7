package cn.jsedu.ledger.query.console;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.indicator.IndicatorCatalogue;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.PartyRole;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.report.EquipmentChange;
import cn.jsedu.ledger.kernel.report.ReportingPeriod;
import cn.jsedu.ledger.query.ledger.LedgerLineRepository;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.reporting.PlatformReports;
import cn.jsedu.ledger.query.reporting.ReportingRepository;
import cn.jsedu.ledger.support.security.LedgerUser;
import cn.jsedu.ledger.kernel.role.Role;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static cn.jsedu.ledger.query.console.FormField.Option;
import static cn.jsedu.ledger.query.console.FormField.date;
import static cn.jsedu.ledger.query.console.FormField.enumOptions;
import static cn.jsedu.ledger.query.console.FormField.money;
import static cn.jsedu.ledger.query.console.FormField.number;
import static cn.jsedu.ledger.query.console.FormField.select;
import static cn.jsedu.ledger.query.console.FormField.text;

/**
 * The inputs of each command form, with choices taken from the read models (agreement parties, correctable entries,
 * ended reporting periods, task-book indicators). The fields are named as the API's request fields, so the API's
 * field errors land on the right input; {@link FormBodies} turns the submitted values into the API's JSON.
 */
@Component
public class CommandForms {

    static final int EQUIPMENT_ROWS = 2;

    private final PlatformQueries platforms;
    private final LedgerLineRepository lines;
    private final ReportingRepository reports;
    private final ProgrammeParameters parameters;
    private final Clock clock;

    public CommandForms(PlatformQueries platforms, LedgerLineRepository lines, ReportingRepository reports,
                        ProgrammeParameters parameters, Clock clock) {
        this.platforms = platforms;
        this.lines = lines;
        this.reports = reports;
        this.parameters = parameters;
        this.clock = clock;
    }

    public List<FormField> fields(FormKind kind, PlatformRow platform, LedgerUser user, Locale locale) {
        return switch (kind) {
            case INSTALLMENT -> List.of(select("source", true, enumOptions("source", installmentSources(user))),
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
            case ADJUSTMENT -> List.of(select("originalEntryId", true, correctable(platform)),
                    money("correctedAmount", true), text("reason", true));
            case RECOVERY -> List.of(select("source", true, enumOptions("source", List.of(FundingSource.values()))),
                    money("amount", true), date("effectiveDate", true), text("reason", true), text("decisionRef", true));
            case DECISION -> List.of(select("type", true, enumOptions("decision", List.of(DecisionType.values()))),
                    money("amount", false), text("basis", true), text("decisionRef", true), date("decidedOn", true));
            case REPORT -> reportFields(platform, locale);
        };
    }

    private static List<FundingSource> installmentSources(LedgerUser user) {
        if (user.is(Role.FINANCE_OFFICER)) {
            return List.of(FundingSource.PROVINCIAL_FINANCE);
        }
        return Arrays.stream(FundingSource.values())
                .filter(s -> s != FundingSource.PROVINCIAL_FINANCE && s != FundingSource.ENTERPRISE).toList();
    }

    private List<Option> enterprises(PlatformRow platform, boolean agreementOnly) {
        return platforms.parties(platform.platformId()).stream()
                .filter(p -> p.role() == PartyRole.ENTERPRISE && (!agreementOnly || p.inAgreement()))
                .map(p -> Option.text(p.partyId(), p.partyId() + " " + p.name())).toList();
    }

    private List<Option> correctable(PlatformRow platform) {
        return lines.linesOf(platform.platformId()).stream()
                .filter(l -> l.kind().isCorrectable())
                .map(l -> Option.text(l.entryId(), l.entryId() + " · " + l.source() + " · " + l.amount() + " · "
                        + l.effectiveDate())).toList();
    }

    private List<FormField> reportFields(PlatformRow platform, Locale locale) {
        List<FormField> fields = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        List<Option> periods = platform.constructionStart() == null ? List.of()
                : ReportingPeriod.covering(platform.constructionStart(), platform.constructionEnd(), parameters.reportPeriodEnds())
                .stream().filter(p -> !p.end(parameters.reportPeriodEnds()).isAfter(today))
                .map(p -> Option.text(p.toString(), p.toString())).toList();
        fields.add(select("period", true, periods));
        for (String usage : FormBodies.USAGE) {
            fields.add(number(usage, true));
        }
        boolean chinese = locale.getLanguage().equals("zh");
        for (PlatformReports.Target target : reports.of(platform.platformId()).targets()) {
            String name = IndicatorCatalogue.get().find(target.code())
                    .map(i -> chinese ? i.nameZh() : i.nameEn()).orElse(target.code());
            fields.add(text(FormBodies.INDICATOR + target.code(), false)
                    .labelled(target.code() + " " + name + " (≥ " + target.target() + ")"));
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
