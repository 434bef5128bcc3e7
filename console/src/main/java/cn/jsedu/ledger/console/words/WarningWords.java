package cn.jsedu.ledger.console.words;

import cn.jsedu.ledger.console.api.view.ProgrammeComplianceView;

import java.util.Locale;

/**
 * What is wrong with a platform on the finance office's 预警 list, as a short sentence of the catalogue
 * ({@code warning.CODE}) quoting the programme row's figures in yuan. The arrival-behind warning quotes no rate: the
 * row's {@code arrivalPercent} is before recoveries, and the console shows one received figure only (ADR 0018).
 */
final class WarningWords {

    private final Catalogue catalogue;

    WarningWords(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    String sentence(String code, ProgrammeComplianceView.Row row, String minimumTotal, Locale locale) {
        Object[] args = switch (code) {
            case "RECOVERY_DUE" -> new Object[]{catalogue.yuan(row.recoveryDue(), locale)};
            case "ACTUAL_TOTAL_BELOW_MINIMUM" -> new Object[]{catalogue.yuan(row.actualTotal(), locale),
                    catalogue.yuan(minimumTotal, locale)};
            case "ACTUAL_ENTERPRISE_SHARE_NOT_MET" -> new Object[]{catalogue.yuan(row.actualEnterprise(), locale),
                    catalogue.yuan(row.actualTotal(), locale)};
            case "PLANNED_TOTAL_BELOW_MINIMUM" -> new Object[]{catalogue.yuan(row.plannedTotal(), locale),
                    catalogue.yuan(minimumTotal, locale)};
            case "PLANNED_ENTERPRISE_SHARE_NOT_MET" -> new Object[]{catalogue.yuan(row.plannedEnterprise(), locale),
                    catalogue.yuan(row.plannedTotal(), locale)};
            default -> new Object[0];
        };
        String text = catalogue.find("warning." + code, locale, args);
        return text == null ? code : text;
    }

    String level(String level, Locale locale) {
        return catalogue.text("warningLevel." + level, locale);
    }
}
