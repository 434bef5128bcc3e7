package cn.jsedu.ledger.console.words;

import cn.jsedu.ledger.console.api.view.ReadinessView;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A readiness checklist item's value and requirement in words of the catalogue. The query API answers them as short
 * English phrases for API clients ({@code "3 of 7 due reports submitted; missing [2020H1]"}); their figures are read
 * back here by the phrase's known shape and written as the catalogue says ({@code itemValue.*}, {@code itemThreshold.*}).
 * A phrase of a shape this console does not know is not shown in English: the page says the figure is not
 * available and keeps the API's phrase in the element's title (the API should carry these figures as fields, as
 * compliance findings do).
 */
final class ReadinessWords {

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

    private final Catalogue catalogue;

    ReadinessWords(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    String value(ReadinessView.Item item, Locale locale) {
        String v = item.value() == null ? "" : item.value().trim();
        String words = switch (item.code()) {
            case "CONSTRUCTION_PERIOD" -> v.equals("not approved") ? catalogue.text("itemValue.notApproved", locale)
                    : match(ENDS, v, m -> catalogue.text("itemValue.ends", locale, m.group(1)));
            case "TOTAL_RECEIVED" -> v.matches(AMOUNT) ? catalogue.yuan(v, locale) : null;
            // nothing received yet: the query side writes no share (null, –); say so rather than print its placeholder
            case "ENTERPRISE_SHARE" -> match(SHARE, v, m -> m.group(3).matches("[0-9.]+")
                    ? catalogue.text("itemValue.share", locale, catalogue.yuan(m.group(1), locale),
                    catalogue.yuan(m.group(2), locale), m.group(3))
                    : catalogue.text("itemValue.shareNoneReceived", locale, catalogue.yuan(m.group(1), locale),
                    catalogue.yuan(m.group(2), locale)));
            case "REPORTS_SUBMITTED" -> match(REPORTS, v, m -> m.group(3) == null
                    ? catalogue.text("itemValue.reports", locale, m.group(1), m.group(2))
                    : catalogue.text("itemValue.reportsMissing", locale, m.group(1), m.group(2), list(m.group(3), locale)));
            case "MANDATORY_INDICATORS" -> v.equals("no task book") ? catalogue.text("itemValue.noTaskBook", locale)
                    : match(INDICATORS, v, m -> m.group(3) == null
                    ? catalogue.text("itemValue.indicators", locale, m.group(1), m.group(2))
                    : catalogue.text("itemValue.indicatorsUnmet", locale, m.group(1), m.group(2), list(m.group(3), locale)));
            case "WORKSTATION_SHARE" -> v.equals("no complete year reported") ? catalogue.text("itemValue.noYear", locale)
                    : years(v, locale);
            case "AGREEMENT_SIGNED" -> match(SIGNED, v, m -> catalogue.text("itemValue.signed", locale, m.group(1)));
            case "NOT_SUSPENDED_OR_TERMINATED" -> catalogue.find("status." + v, locale);
            default -> null;
        };
        return words == null ? catalogue.text("itemValue.unknown", locale) : words;
    }

    String threshold(ReadinessView.Item item, Locale locale) {
        String t = item.threshold() == null ? "" : item.threshold().trim();
        String words = switch (item.code()) {
            case "CONSTRUCTION_PERIOD" -> t.equals("on or after -") ? catalogue.text("itemThreshold.noPeriod", locale)
                    : match(ON_OR_AFTER, t, m -> catalogue.text("itemThreshold.onOrAfter", locale, m.group(1)));
            case "TOTAL_RECEIVED" -> match(AT_LEAST, t, m -> catalogue.text("itemThreshold.atLeast", locale,
                    catalogue.yuan(m.group(1), locale)));
            case "ENTERPRISE_SHARE" -> match(AT_LEAST_SHARE, t, m -> catalogue.text("itemThreshold.atLeast", locale, m.group(1)));
            case "REPORTS_SUBMITTED" -> catalogue.text("itemThreshold.reports", locale);
            case "MANDATORY_INDICATORS" -> match(MANDATORY, t, m -> catalogue.text("itemThreshold.indicators", locale,
                    list(m.group(1), locale)));
            case "WORKSTATION_SHARE" -> match(WORKSTATION_SHARE, t, m -> catalogue.text("itemThreshold.workstations",
                    locale, m.group(1)));
            case "AGREEMENT_SIGNED" -> catalogue.text("itemThreshold.agreement", locale);
            case "NOT_SUSPENDED_OR_TERMINATED" -> catalogue.text("itemThreshold.running", locale);
            default -> null;
        };
        return words == null ? catalogue.text("itemValue.unknown", locale) : words;
    }

    private String years(String value, Locale locale) {
        Matcher m = YEAR.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (!out.isEmpty()) {
                out.append(catalogue.text("list.separator", locale));
            }
            out.append(catalogue.text("itemValue.year", locale, m.group(1), m.group(2), m.group(3)));
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** {@code 2020H1, 2020H2} (as the API prints a list) joined as the language joins a list. */
    private String list(String items, Locale locale) {
        return Arrays.stream(items.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(catalogue.text("list.separator", locale)));
    }

    private static String match(Pattern pattern, String text, java.util.function.Function<Matcher, String> words) {
        Matcher m = pattern.matcher(text);
        return m.matches() ? words.apply(m) : null;
    }
}
