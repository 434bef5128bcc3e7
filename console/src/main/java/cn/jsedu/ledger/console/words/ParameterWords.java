package cn.jsedu.ledger.console.words;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A programme's parameters in words (docs/domain.md §1, ADR 0019): each parameter's name, and its value with its unit,
 * from the value as the query API writes it ({@code "30000000.00"}, {@code "1/3"}, {@code 3}, {@code {"1": 2020}}).
 * Labels and units are the catalogue's ({@code parameter.*}); a parameter the console does not know yet keeps its
 * API name and its value as written, so a new parameter is shown rather than hidden.
 */
public final class ParameterWords {

    /** How a value is written. */
    private enum Kind { MONEY, AS_WRITTEN, YEARS, MONTHS, DAYS, PERCENT, LIST, BATCHES, OVERRUN }

    /**
     * The parameters in the order the rules page lists them: those of issue 15 part 4 first (minimum total, enterprise
     * share, workstation share, reporting deadline, construction length, budget tolerance), then the rest.
     */
    private static final Map<String, Kind> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("minimumTotalInvestment", Kind.MONEY);
        KNOWN.put("minimumEnterpriseShare", Kind.AS_WRITTEN);
        KNOWN.put("workstationShare", Kind.AS_WRITTEN);
        KNOWN.put("reportDueDays", Kind.DAYS);
        KNOWN.put("constructionYears", Kind.YEARS);
        KNOWN.put("budgetTolerancePercent", Kind.PERCENT);
        KNOWN.put("budgetOverrun", Kind.OVERRUN);
        KNOWN.put("arrivalTolerancePercent", Kind.PERCENT);
        KNOWN.put("batchStartYears", Kind.BATCHES);
        KNOWN.put("acceptanceFrom", Kind.AS_WRITTEN);
        KNOWN.put("platformsPerCollege", Kind.AS_WRITTEN);
        KNOWN.put("targetPlatformCount", Kind.AS_WRITTEN);
        KNOWN.put("mandatoryTasks", Kind.LIST);
        KNOWN.put("optionalTasks", Kind.LIST);
        KNOWN.put("reportPeriodEnds", Kind.LIST);
        KNOWN.put("readinessWindowDays", Kind.DAYS);
        KNOWN.put("datesMonthsBeforeStart", Kind.MONTHS);
        KNOWN.put("settlementMonthsAfterEnd", Kind.MONTHS);
    }

    private final Catalogue catalogue;

    public ParameterWords(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The names in {@code parameters}, known ones in the page's order, then any the console does not know yet. */
    public static List<String> order(Iterable<String> names) {
        List<String> all = new ArrayList<>();
        names.forEach(all::add);
        List<String> ordered = new ArrayList<>(KNOWN.keySet().stream().filter(all::contains).toList());
        all.stream().filter(n -> !KNOWN.containsKey(n)).forEach(ordered::add);
        return ordered;
    }

    public String label(String name, Locale locale) {
        String label = catalogue.find("parameter." + name, locale);
        return label == null ? name : label;
    }

    /** The value in words with its unit; a dash for a parameter that has none. */
    public String value(String name, JsonNode value, Locale locale) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "–";
        }
        return switch (KNOWN.getOrDefault(name, Kind.AS_WRITTEN)) {
            case MONEY -> catalogue.yuan(value.asText(), locale);
            case YEARS -> catalogue.text("parameter.unit.years", locale, value.asText());
            case MONTHS -> catalogue.text("parameter.unit.months", locale, value.asText());
            case DAYS -> catalogue.text("parameter.unit.days", locale, value.asText());
            case PERCENT -> catalogue.text("parameter.unit.percent", locale, value.asText());
            case OVERRUN -> {
                String words = catalogue.find("parameter.overrun." + value.asText(), locale);
                yield words == null ? value.asText() : words;
            }
            case LIST -> join(elements(value), locale);
            case BATCHES -> {
                if (!value.isObject()) {
                    // a proposal's values come as text ("{1=2020}"): shown as written rather than as no batches
                    yield value.asText();
                }
                List<String> batches = new ArrayList<>();
                value.fields().forEachRemaining(e -> batches.add(
                        catalogue.text("parameter.unit.batchYear", locale, e.getKey(), e.getValue().asText())));
                yield join(batches, locale);
            }
            case AS_WRITTEN -> value.isContainerNode() ? value.toString() : value.asText();
        };
    }

    private static List<String> elements(JsonNode list) {
        List<String> elements = new ArrayList<>();
        if (list.isArray()) {
            list.forEach(e -> elements.add(e.asText()));
        } else {
            elements.add(list.asText());
        }
        return elements;
    }

    private String join(List<String> parts, Locale locale) {
        return parts.isEmpty() ? "–" : String.join(catalogue.text("parameter.unit.listSeparator", locale), parts);
    }
}
