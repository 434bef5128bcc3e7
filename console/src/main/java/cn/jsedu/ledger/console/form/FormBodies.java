package cn.jsedu.ledger.console.form;

import cn.jsedu.ledger.console.api.CommandOutcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a submitted form into the command API's JSON body. Blank inputs are left out (the API then says what is
 * missing); amounts and counts typed as the console shows them are made plain ({@link TypedNumbers}); numbers that
 * do not parse are sent as typed, so the API's refusal names the field. Nothing is checked here that the API checks:
 * the form shows the API's validation, in the console's words, not a second opinion.
 */
public final class FormBodies {

    static final List<String> USAGE = List.of("workstationsTotal", "workstationsOffered", "trainingPersonTimes",
            "studentPracticeHours");
    static final String INDICATOR = "indicator.";
    static final String EQUIPMENT = "equipment";
    static final String PLAN = "plan";
    static final String TARGET = "target.";
    private static final List<String> PLAN_FIELDS = List.of("source", "partyId", "year", "amount");
    private static final List<String> EQUIPMENT_FIELDS = List.of("item", "quantity", "value", "source", "change", "date");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");

    private FormBodies() {
    }

    /** The JSON body, and for API field paths that differ from the form's input names, the input they belong to. */
    public record Body(Map<String, Object> json, Map<String, String> aliases) {

        /** The API's field errors per form input (an unknown field stays under its API name). */
        public Map<String, List<String>> fieldMessages(CommandOutcome outcome) {
            Map<String, List<String>> messages = new HashMap<>();
            for (CommandOutcome.FieldProblem e : outcome.errors()) {
                if (e.field() == null) {
                    continue;
                }
                String field = aliases.getOrDefault(e.field(), e.field());
                if (field.startsWith("usage.")) {
                    field = field.substring("usage.".length());
                }
                messages.computeIfAbsent(field, f -> new ArrayList<>()).add(e.message());
            }
            return messages;
        }
    }

    public static Body of(FormKind kind, List<FormField> fields, Map<String, String> values) {
        if (kind == FormKind.REPORT) {
            return report(values);
        }
        if (kind == FormKind.PLAN_REVISION) {
            return planRevision(values);
        }
        if (kind == FormKind.TASK_BOOK) {
            return taskBook(values);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        for (FormField field : fields) {
            String value = trimmed(values.get(field.name()));
            // the finding a rectification answers is named by the path (FormKind.path), not the body
            if (value != null && !field.name().equals(kind.pathInput())) {
                json.put(field.name(), field.type().equals("number") ? number(value)
                        : field.type().equals("money") ? TypedNumbers.plain(value) : value);
            }
        }
        return new Body(json, Map.of());
    }

    private static Body report(Map<String, String> values) {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, String> aliases = new HashMap<>();
        String period = trimmed(values.get("period"));
        if (period != null) {
            json.put("period", period);
        }
        Map<String, Object> usage = new LinkedHashMap<>();
        USAGE.forEach(u -> {
            String v = trimmed(values.get(u));
            if (v != null) {
                usage.put(u, number(v));
            }
        });
        json.put("usage", usage);
        List<Map<String, Object>> indicators = new ArrayList<>();
        values.keySet().stream().filter(k -> k.startsWith(INDICATOR)).sorted().forEach(k -> {
            String v = trimmed(values.get(k));
            if (v != null) {
                String code = k.substring(INDICATOR.length());
                aliases.put("indicators[" + indicators.size() + "].value", k);
                aliases.put("indicators[" + indicators.size() + "].code", k);
                indicators.add(Map.of("code", code, "value", TypedNumbers.plain(v)));
            }
        });
        json.put("indicators", indicators);
        List<Map<String, Object>> equipment = new ArrayList<>();
        for (int row = 0; row < CommandForms.EQUIPMENT_ROWS; row++) {
            Map<String, Object> item = new LinkedHashMap<>();
            for (String f : EQUIPMENT_FIELDS) {
                String v = trimmed(values.get(EQUIPMENT + row + "." + f));
                if (v != null) {
                    item.put(f, f.equals("quantity") ? number(v) : f.equals("value") ? TypedNumbers.plain(v) : v);
                }
                aliases.put(EQUIPMENT + "[" + equipment.size() + "]." + f, EQUIPMENT + row + "." + f);
            }
            if (!item.isEmpty()) {
                equipment.add(item);
            }
        }
        json.put("equipment", equipment);
        return new Body(json, aliases);
    }

    /** The plan's lines from the rows the user filled in (a row with nothing in it is no line). */
    private static Body planRevision(Map<String, String> values) {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, String> aliases = new HashMap<>();
        List<Map<String, Object>> plan = new ArrayList<>();
        for (int row = 0; row < CommandForms.PLAN_ROWS; row++) {
            Map<String, Object> line = new LinkedHashMap<>();
            for (String f : PLAN_FIELDS) {
                String v = trimmed(values.get(PLAN + row + "." + f));
                if (v != null) {
                    line.put(f, f.equals("year") ? number(v) : f.equals("amount") ? TypedNumbers.plain(v) : v);
                }
                aliases.put(PLAN + "[" + plan.size() + "]." + f, PLAN + row + "." + f);
            }
            if (!line.isEmpty()) {
                plan.add(line);
            }
        }
        json.put("plan", plan);
        List<Map<String, Object>> budget = BudgetRows.lines(values, aliases);
        if (budget != null) {
            json.put("budget", budget);
        }
        putText(json, values, "reason");
        putText(json, values, "decisionRef");
        return new Body(json, aliases);
    }

    /** The task book's targets: one per indicator given a value. */
    private static Body taskBook(Map<String, String> values) {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, String> aliases = new HashMap<>();
        List<Map<String, Object>> targets = new ArrayList<>();
        values.keySet().stream().filter(k -> k.startsWith(TARGET)).sorted().forEach(k -> {
            String v = trimmed(values.get(k));
            if (v != null) {
                aliases.put("targets[" + targets.size() + "].value", k);
                aliases.put("targets[" + targets.size() + "].code", k);
                targets.add(Map.of("code", k.substring(TARGET.length()), "value", TypedNumbers.plain(v)));
            }
        });
        json.put("targets", targets);
        List<Map<String, Object>> budget = BudgetRows.lines(values, aliases);
        if (budget != null) {
            json.put("budget", budget);
        }
        putText(json, values, "reason");
        putText(json, values, "decisionRef");
        return new Body(json, aliases);
    }

    private static void putText(Map<String, Object> json, Map<String, String> values, String name) {
        String v = trimmed(values.get(name));
        if (v != null) {
            json.put(name, v);
        }
    }

    private static Object number(String typed) {
        String value = TypedNumbers.plain(typed);
        return INTEGER.matcher(value).matches() ? (Object) Long.parseLong(value) : typed;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
