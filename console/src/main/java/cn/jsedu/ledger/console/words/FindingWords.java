package cn.jsedu.ledger.console.words;

import cn.jsedu.ledger.console.api.view.ComplianceView;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A compliance finding as a sentence of the catalogue ({@code findingText.CODE}), quoting the figures the query API
 * decided it from, as amounts in yuan. The API's own {@code message} is English for API clients and is not shown.
 */
final class FindingWords {

    /** Per finding code, the API's figure names the sentence quotes, in the order of its placeholders. */
    private static final Map<String, List<String>> FIGURES = Map.of(
            "PLANNED_TOTAL_BELOW_MINIMUM", List.of("plannedTotal", "minimumTotal"),
            "PLANNED_ENTERPRISE_SHARE_NOT_MET", List.of("plannedEnterprise", "plannedTotal"),
            "ACTUAL_ENTERPRISE_SHARE_NOT_MET", List.of("actualEnterprise", "actualTotal"),
            "ACTUAL_TOTAL_BELOW_MINIMUM", List.of("actualTotal", "minimumTotal"),
            "ARRIVAL_BEHIND_SCHEDULE", List.of("received", "plannedTotal"),
            "RECOVERY_DUE", List.of("recoveryDue", "provincialCashBalance"),
            "CONTRIBUTION_DISPUTED", List.of("disputedAmount"));

    private final Catalogue catalogue;

    FindingWords(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    String sentence(ComplianceView.Finding finding, ComplianceView view, Locale locale) {
        List<String> names = FIGURES.get(finding.code());
        if (names == null) {
            // a finding this console does not know yet: its name if the catalogue has one, else the code
            String name = catalogue.find("finding." + finding.code(), locale);
            return name == null ? finding.code() : name;
        }
        Map<String, String> figures = finding.figures() == null ? Map.of() : finding.figures();
        Object[] args = new Object[names.size() + 3];
        for (int i = 0; i < names.size(); i++) {
            args[i] = catalogue.yuan(figures.get(names.get(i)), locale);
        }
        args[names.size()] = view.minimumEnterpriseShare();
        args[names.size() + 1] = percent(view.arrivalPercent());
        args[names.size() + 2] = percent(view.elapsedPercent());
        return catalogue.text("findingText." + finding.code(), locale, args);
    }

    private static String percent(BigDecimal percent) {
        return percent == null ? "–" : percent.toPlainString() + "%";
    }
}
