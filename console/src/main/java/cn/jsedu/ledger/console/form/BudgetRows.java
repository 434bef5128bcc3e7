package cn.jsedu.ledger.console.form;

import cn.jsedu.ledger.console.api.view.BudgetExecutionView;
import cn.jsedu.ledger.console.api.view.PlatformDetailView;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import org.springframework.context.MessageSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The budget by expenditure category and year (docs/adr/0020) as a fixed grid of amounts: one input per category
 * and year of the construction period (and any other year the budget in force has), named
 * {@code budget.CATEGORY.YEAR}. It rides on the two commands that carry a budget: the task book declares it (once),
 * a plan revision replaces it. A budget is the whole of what may be spent (a category and year without a line has a
 * budget of zero), so a revision starts from the budget in force, and sends none when nothing was changed.
 */
final class BudgetRows {

    static final String BUDGET = "budget.";

    private BudgetRows() {
    }

    /** One amount input per category and year, labelled by the category's name and the year. */
    static List<FormField> fields(PlatformDetailView platform, BudgetExecutionView current, MessageSource messages,
                                  Locale locale) {
        List<FormField> fields = new ArrayList<>();
        for (ExpenditureCategory category : ExpenditureCategory.values()) {
            String name = messages.getMessage("category." + category.name(), null, category.name(), locale);
            for (int year : years(platform, current)) {
                fields.add(FormField.money(BUDGET + category.name() + "." + year, false)
                        .labelled(messages.getMessage("field.budgetCell", new Object[]{name, String.valueOf(year)}, locale)));
            }
        }
        return fields;
    }

    /** The construction years, and the years of the budget in force (never dropped by a revision's form). */
    private static TreeSet<Integer> years(PlatformDetailView platform, BudgetExecutionView current) {
        TreeSet<Integer> years = new TreeSet<>();
        if (platform.constructionStart() != null && platform.constructionEnd() != null) {
            for (int y = platform.constructionStart().getYear(); y <= platform.constructionEnd().getYear(); y++) {
                years.add(y);
            }
        }
        if (current != null) {
            current.lines().stream().filter(BudgetRows::hasBudget).forEach(l -> years.add(l.year()));
        }
        return years;
    }

    /** The budget in force as the grid's starting values. */
    static Map<String, String> startingValues(BudgetExecutionView current) {
        Map<String, String> values = new HashMap<>();
        current.lines().stream().filter(BudgetRows::hasBudget)
                .forEach(l -> values.put(BUDGET + l.category().name() + "." + l.year(), l.budget()));
        return values;
    }

    private static boolean hasBudget(BudgetExecutionView.Line line) {
        return line.budget() != null && new BigDecimal(line.budget()).signum() != 0;
    }

    /**
     * The API's {@code budget[]} from the filled cells, category by category and year by year, with each line's
     * field paths mapped back to its input; null when no cell is filled (the command then leaves the budget as it is).
     */
    static List<Map<String, Object>> lines(Map<String, String> values, Map<String, String> aliases) {
        List<Map<String, Object>> lines = new ArrayList<>();
        values.keySet().stream().filter(k -> k.startsWith(BUDGET) && values.get(k) != null && !values.get(k).isBlank())
                .sorted().forEach(k -> {
                    String[] parts = k.substring(BUDGET.length()).split("\\.", 2);
                    if (parts.length < 2) {
                        return;
                    }
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("category", parts[0]);
                    line.put("year", parts[1].matches("[0-9]{1,9}") ? (Object) Integer.parseInt(parts[1]) : parts[1]);
                    line.put("amount", TypedNumbers.plain(values.get(k)));
                    for (String f : List.of("category", "year", "amount")) {
                        aliases.put("budget[" + lines.size() + "]." + f, k);
                    }
                    lines.add(line);
                });
        return lines.isEmpty() ? null : lines;
    }

    /** Whether the sent budget is the one in force, amount for amount (a revision then does not restate it). */
    static boolean unchanged(List<Map<String, Object>> sent, BudgetExecutionView current) {
        Map<String, BigDecimal> inForce = new HashMap<>();
        current.lines().stream().filter(BudgetRows::hasBudget)
                .forEach(l -> inForce.put(l.category().name() + "/" + l.year(), new BigDecimal(l.budget())));
        Map<String, BigDecimal> asSent = new HashMap<>();
        for (Map<String, Object> line : sent) {
            try {
                asSent.put(line.get("category") + "/" + line.get("year"), new BigDecimal((String) line.get("amount")));
            } catch (NumberFormatException e) {
                return false; // not an amount: the API says so
            }
        }
        asSent.values().removeIf(a -> a.signum() == 0);
        return asSent.keySet().equals(inForce.keySet())
                && asSent.entrySet().stream().allMatch(e -> e.getValue().compareTo(inForce.get(e.getKey())) == 0);
    }
}
