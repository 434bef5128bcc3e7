package cn.jsedu.ledger.query.export;

import cn.jsedu.ledger.kernel.readiness.ReadinessItem;
import cn.jsedu.ledger.query.compliance.ComplianceView;
import cn.jsedu.ledger.query.compliance.Finding;
import org.springframework.context.MessageSource;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dossier's words for what the read models hold as codes and figures, from the message catalogues
 * ({@code i18n/ledger-values} for the names of values, {@code i18n/dossier-words} for sentences), so that the PDF a
 * reviewer signs says "不满足" and "不再作为重点支持项目" where the API says {@code NOT_READY} and
 * {@code WITHDRAW_KEY_SUPPORT}. A code the catalogue does not know is printed as it is rather than hidden: a missing
 * word is visible and gets added, a missing fact would not be noticed.
 */
public final class DossierWords {

    /** Per finding code, the figures its sentence quotes, in the order of its placeholders (as the console's). */
    private static final Map<String, List<String>> FINDING_FIGURES = Map.of(
            "PLANNED_TOTAL_BELOW_MINIMUM", List.of("plannedTotal", "minimumTotal"),
            "PLANNED_ENTERPRISE_SHARE_NOT_MET", List.of("plannedEnterprise", "plannedTotal"),
            "ACTUAL_ENTERPRISE_SHARE_NOT_MET", List.of("actualEnterprise", "actualTotal"),
            "ACTUAL_TOTAL_BELOW_MINIMUM", List.of("actualTotal", "minimumTotal"),
            "ARRIVAL_BEHIND_SCHEDULE", List.of("received", "plannedTotal"),
            "RECOVERY_DUE", List.of("recoveryDue", "provincialCashBalance"),
            "CONTRIBUTION_DISPUTED", List.of("disputedAmount"));

    private final MessageSource messages;
    private final Locale locale;
    private final ReadinessItemWords readiness = new ReadinessItemWords(this);
    private final ProposalSummaryWords proposals = new ProposalSummaryWords(this);

    public DossierWords(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** The message, or {@code null} when the catalogue has no such key. */
    String find(String key, Object... args) {
        return messages.getMessage(key, args, null, locale);
    }

    /** The message, or its key when the catalogue has none. */
    public String text(String key, Object... args) {
        String text = find(key, args);
        return text == null ? key : text;
    }

    /** The name of a value ({@code item.TOTAL_RECEIVED}, {@code decision.REWARD}), or its code. */
    public String label(String prefix, Object code) {
        String name = find(prefix + "." + code);
        return name == null ? String.valueOf(code) : name;
    }

    /** An exact decimal amount in yuan as a sentence quotes it: {@code 7,344,000.00 元}. */
    public String yuan(String decimal) {
        return text("amount.yuan", grouped(decimal));
    }

    /** {@code 7344000} as {@code 7,344,000.00}, from the exact decimal (never through a float); else as given. */
    static String grouped(String decimal) {
        if (decimal == null || decimal.isBlank()) {
            return "—";
        }
        try {
            return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
                    .format(new BigDecimal(decimal.trim()));
        } catch (NumberFormatException e) {
            return decimal;
        }
    }

    String list(List<String> items) {
        return String.join(text("list.separator"), items);
    }

    public String itemValue(ReadinessItem item) {
        return readiness.value(item);
    }

    public String itemThreshold(ReadinessItem item) {
        return readiness.threshold(item);
    }

    public String proposal(String summary) {
        return proposals.summary(summary);
    }

    /** A compliance finding as a sentence quoting the figures it was decided from. */
    public String finding(Finding finding, ComplianceView view) {
        List<String> names = FINDING_FIGURES.get(finding.code());
        if (names == null) {
            return label("finding", finding.code());
        }
        Map<String, String> figures = finding.figures() == null ? Map.of() : finding.figures();
        Object[] args = new Object[names.size() + 3];
        for (int i = 0; i < names.size(); i++) {
            args[i] = yuan(figures.get(names.get(i)));
        }
        args[names.size()] = view.minimumEnterpriseShare();
        args[names.size() + 1] = percent(view.arrivalPercent());
        args[names.size() + 2] = percent(view.elapsedPercent());
        return text("findingText." + finding.code(), args);
    }

    private static String percent(BigDecimal percent) {
        return percent == null ? "–" : percent.toPlainString() + "%";
    }
}
