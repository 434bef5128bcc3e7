package cn.jsedu.ledger.console.form;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule-change form of the rules page (issue 15 part 4, ADR 0019): one parameter per proposal, typed as people
 * type it, made into the command API's {@code POST /api/v1/programmes/{id}/parameter-changes} body. Only the
 * parameters with a single value typed as a number, a share, an amount or a date are offered (the batches' start
 * years, the task lists and what an overrun of the budget tolerance does are changed through the API); whether a value can be meant the programme decides, and its refusal names the field.
 */
public final class RuleChangeForm {

    /** How a parameter's value goes into the body. */
    private enum Kind { MONEY, TEXT, COUNT }

    private static final Map<String, Kind> PARAMETERS = new LinkedHashMap<>();

    static {
        PARAMETERS.put("minimumTotalInvestment", Kind.MONEY);
        PARAMETERS.put("minimumEnterpriseShare", Kind.TEXT);
        PARAMETERS.put("workstationShare", Kind.TEXT);
        PARAMETERS.put("reportDueDays", Kind.COUNT);
        PARAMETERS.put("constructionYears", Kind.COUNT);
        PARAMETERS.put("budgetTolerancePercent", Kind.COUNT);
        PARAMETERS.put("arrivalTolerancePercent", Kind.COUNT);
        PARAMETERS.put("acceptanceFrom", Kind.TEXT);
        PARAMETERS.put("targetPlatformCount", Kind.COUNT);
        PARAMETERS.put("readinessWindowDays", Kind.COUNT);
        PARAMETERS.put("datesMonthsBeforeStart", Kind.COUNT);
        PARAMETERS.put("settlementMonthsAfterEnd", Kind.COUNT);
    }

    private RuleChangeForm() {
    }

    /** The parameters the form offers, in the rules page's order. */
    public static List<String> parameters() {
        return List.copyOf(PARAMETERS.keySet());
    }

    /**
     * The API's body for one parameter set to {@code value} from {@code effectiveFrom}. A count that is not a whole
     * number, or a parameter the form does not offer, is sent as typed: the API refuses it naming the field.
     */
    static Map<String, Object> body(String effectiveFrom, String parameter, String value, String reason,
                                    String decisionRef) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (parameter != null && !parameter.isBlank()) {
            parameters.put(parameter, typed(PARAMETERS.getOrDefault(parameter, Kind.TEXT), value == null ? "" : value));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("effectiveFrom", blankToNull(effectiveFrom));
        body.put("parameters", parameters);
        body.put("reason", blankToNull(reason));
        body.put("decisionRef", blankToNull(decisionRef));
        return body;
    }

    private static Object typed(Kind kind, String value) {
        return switch (kind) {
            case MONEY -> TypedNumbers.plain(value);
            case COUNT -> {
                String plain = TypedNumbers.plain(value);
                yield plain.matches("-?[0-9]{1,9}") ? (Object) Integer.valueOf(plain) : value.strip();
            }
            // full-width digits and slashes (１/４, ２０２６－０１－０１) as the API reads them
            case TEXT -> Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
