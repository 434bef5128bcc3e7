package cn.jsedu.ledger.query.export;

import cn.jsedu.ledger.kernel.readiness.AcceptanceChecklist;
import cn.jsedu.ledger.kernel.readiness.ReadinessItem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A readiness item's value and requirement in the dossier's words. {@link AcceptanceChecklist} writes them as short
 * English phrases for API clients ({@code "3 of 7 due reports submitted; missing [2020H1]"}); the figures are read back
 * here by the phrase's known shape, as the console does (its {@code ReadinessWords}): both follow the checklist's
 * phrases, and {@code DossierPdfTest} prints every item of a real checklist so that a changed phrase shows as "—"
 * there rather than as English in a signed dossier.
 */
final class ReadinessItemWords {

    private static final String AMOUNT = "(-?[0-9]+(?:\\.[0-9]+)?)";
    private static final Pattern ENDS = Pattern.compile("ends ([0-9-]+)");
    private static final Pattern ON_OR_AFTER = Pattern.compile("on or after ([0-9-]+)");
    private static final Pattern AT_LEAST = Pattern.compile("≥ " + AMOUNT);
    private static final Pattern AT_LEAST_SHARE = Pattern.compile("≥ ([0-9]+/[0-9]+)");
    private static final Pattern SHARE = Pattern.compile(AMOUNT + " of " + AMOUNT + " \\(([0-9.]+|–|-|null)%\\)");
    private static final Pattern REPORTS = Pattern.compile("([0-9]+) of ([0-9]+) due reports submitted(?:; missing \\[(.*)])?");
    private static final Pattern INDICATORS = Pattern.compile("([0-9]+) of ([0-9]+) met(?:; not met \\[(.*)])?");
    private static final Pattern MANDATORY = Pattern.compile("every mandatory indicator \\(tasks \\[?([^)\\]]*)]?\\)");
    private static final Pattern YEAR = Pattern.compile("([0-9]{4}): ([0-9]+)/([0-9]+)");
    private static final Pattern WORKSTATION_SHARE = Pattern.compile("≥ ([0-9]+/[0-9]+) in every complete year");
    private static final Pattern SIGNED = Pattern.compile("([0-9]+) signed");
    private static final Pattern CONFIRMED = Pattern.compile("([0-9]+) of ([0-9]+) confirmed(?:; \\[(.*)])?");
    private static final Pattern CONTRIBUTION = Pattern.compile("(\\S+) ([A-Z_]+)");

    private final DossierWords words;

    ReadinessItemWords(DossierWords words) {
        this.words = words;
    }

    String value(ReadinessItem item) {
        String v = item.value() == null ? "" : item.value().trim();
        String text = switch (item.code()) {
            case AcceptanceChecklist.CONSTRUCTION_PERIOD -> v.equals("not approved") ? words.text("itemValue.notApproved")
                    : match(ENDS, v, m -> words.text("itemValue.ends", m.group(1)));
            case AcceptanceChecklist.TOTAL_RECEIVED -> v.matches(AMOUNT) ? words.yuan(v) : null;
            case AcceptanceChecklist.ENTERPRISE_SHARE -> match(SHARE, v, m -> words.text("itemValue.share",
                    words.yuan(m.group(1)), words.yuan(m.group(2)), m.group(3)));
            case AcceptanceChecklist.REPORTS_SUBMITTED -> match(REPORTS, v, m -> m.group(3) == null
                    ? words.text("itemValue.reports", m.group(1), m.group(2))
                    : words.text("itemValue.reportsMissing", m.group(1), m.group(2), list(m.group(3))));
            case AcceptanceChecklist.MANDATORY_INDICATORS -> v.equals("no task book") ? words.text("itemValue.noTaskBook")
                    : match(INDICATORS, v, m -> m.group(3) == null
                    ? words.text("itemValue.indicators", m.group(1), m.group(2))
                    : words.text("itemValue.indicatorsUnmet", m.group(1), m.group(2), list(m.group(3))));
            case AcceptanceChecklist.WORKSTATION_SHARE -> v.equals("no complete year reported")
                    ? words.text("itemValue.noYear") : years(v);
            case AcceptanceChecklist.AGREEMENT_SIGNED -> match(SIGNED, v, m -> words.text("itemValue.signed", m.group(1)));
            case AcceptanceChecklist.NOT_SUSPENDED_OR_TERMINATED -> words.find("status." + v);
            case AcceptanceChecklist.ENTERPRISE_CONTRIBUTIONS_CONFIRMED -> match(CONFIRMED, v, m -> m.group(3) == null
                    ? words.text("itemValue.confirmed", m.group(1), m.group(2))
                    : words.text("itemValue.confirmedOpen", m.group(1), m.group(2), contributions(m.group(3))));
            default -> null;
        };
        return text == null ? words.text("itemValue.unknown") : text;
    }

    String threshold(ReadinessItem item) {
        String t = item.threshold() == null ? "" : item.threshold().trim();
        String text = switch (item.code()) {
            case AcceptanceChecklist.CONSTRUCTION_PERIOD -> t.equals("on or after -") ? words.text("itemThreshold.noPeriod")
                    : match(ON_OR_AFTER, t, m -> words.text("itemThreshold.onOrAfter", m.group(1)));
            case AcceptanceChecklist.TOTAL_RECEIVED -> match(AT_LEAST, t, m -> words.text("itemThreshold.atLeast",
                    words.yuan(m.group(1))));
            case AcceptanceChecklist.ENTERPRISE_SHARE -> match(AT_LEAST_SHARE, t,
                    m -> words.text("itemThreshold.atLeast", m.group(1)));
            case AcceptanceChecklist.REPORTS_SUBMITTED -> words.text("itemThreshold.reports");
            case AcceptanceChecklist.MANDATORY_INDICATORS -> match(MANDATORY, t,
                    m -> words.text("itemThreshold.indicators", list(m.group(1))));
            case AcceptanceChecklist.WORKSTATION_SHARE -> match(WORKSTATION_SHARE, t,
                    m -> words.text("itemThreshold.workstations", m.group(1)));
            case AcceptanceChecklist.AGREEMENT_SIGNED -> words.text("itemThreshold.agreement");
            case AcceptanceChecklist.NOT_SUSPENDED_OR_TERMINATED -> words.text("itemThreshold.running");
            case AcceptanceChecklist.ENTERPRISE_CONTRIBUTIONS_CONFIRMED -> words.text("itemThreshold.confirmed");
            default -> null;
        };
        return text == null ? words.text("itemValue.unknown") : text;
    }

    private String years(String value) {
        Matcher m = YEAR.matcher(value);
        List<String> years = new ArrayList<>();
        while (m.find()) {
            years.add(words.text("itemValue.year", m.group(1), m.group(2), m.group(3)));
        }
        return years.isEmpty() ? null : words.list(years);
    }

    /** {@code C-1 DISPUTED, C-2 UNCONFIRMED} as "C-1（企业提出异议）、C-2（企业尚未确认）". */
    private String contributions(String open) {
        List<String> items = new ArrayList<>();
        for (String part : open.split(",")) {
            Matcher m = CONTRIBUTION.matcher(part.trim());
            items.add(m.matches() ? words.text("itemValue.contribution", m.group(1),
                    words.label("contributionState", m.group(2))) : part.trim());
        }
        return words.list(items);
    }

    /** {@code 2020H1, 2020H2} (as the API prints a list) joined as the language joins a list. */
    private String list(String items) {
        return words.list(Arrays.stream(items.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    private static String match(Pattern pattern, String text, Function<Matcher, String> words) {
        Matcher m = pattern.matcher(text);
        return m.matches() ? words.apply(m) : null;
    }
}
