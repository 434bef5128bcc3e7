package cn.jsedu.ledger.console.form;

import cn.jsedu.ledger.console.api.view.BudgetExecutionView;
import cn.jsedu.ledger.console.api.view.PlatformDetailView;
import cn.jsedu.ledger.console.config.ConsoleWebConfig;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budget grid sends the API's {@code budget[{category, year, amount}]} (amount a decimal string however typed),
 * only the filled cells, nothing at all when none is filled (the budget then stays as it is); the grid covers the
 * construction years and every year of the budget in force, which a revision starts from.
 */
class BudgetRowsTest {

    private static final BudgetExecutionView IN_FORCE = new BudgetExecutionView("JS-101", 1, List.of(
            new BudgetExecutionView.Line(ExpenditureCategory.EQUIPMENT_PURCHASE, 2020, "3000000.00"),
            new BudgetExecutionView.Line(ExpenditureCategory.TEACHER_DEVELOPMENT, 2019, "500000.00"),
            // spent on without a budget line: a budget of zero, no line of its own
            new BudgetExecutionView.Line(ExpenditureCategory.OTHER, 2021, "0.00")));

    @Test
    void sendsTheFilledCellsAsBudgetLinesOnTheTaskBookAndThePlanRevision() {
        Map<String, String> values = new HashMap<>(Map.of("decisionRef", "苏教职〔2020〕任务书", "target.T1-CORE-MODULES", "10",
                "budget.EQUIPMENT_PURCHASE.2020", "3,000,000.00", "budget.EQUIPMENT_PURCHASE.2021", " ",
                "budget.TEACHER_DEVELOPMENT.2021", "５００，０００．００元"));
        FormBodies.Body taskBook = FormBodies.of(FormKind.TASK_BOOK, List.of(), values);
        assertThat(taskBook.json().get("budget")).isEqualTo(List.of(
                Map.of("category", "EQUIPMENT_PURCHASE", "year", 2020, "amount", "3000000.00"),
                Map.of("category", "TEACHER_DEVELOPMENT", "year", 2021, "amount", "500000.00")));
        assertThat(taskBook.fieldMessages(new cn.jsedu.ledger.console.api.CommandOutcome(422, null, null,
                "INVALID_BUDGET", "invalid", List.of(new cn.jsedu.ledger.console.api.CommandOutcome.FieldProblem(
                        "budget[1].year", "a budget year lies from 2019 to 2023")))))
                .containsEntry("budget.TEACHER_DEVELOPMENT.2021", List.of("a budget year lies from 2019 to 2023"));

        values.put("plan0.source", "COLLEGE");
        assertThat(FormBodies.of(FormKind.PLAN_REVISION, List.of(), values).json().get("budget"))
                .isEqualTo(taskBook.json().get("budget"));
    }

    @Test
    void noFilledCellMeansNoBudgetInTheBody() {
        assertThat(FormBodies.of(FormKind.TASK_BOOK, List.of(), Map.of("decisionRef", "x", "budget.OTHER.2020", "")).json())
                .doesNotContainKey("budget");
        assertThat(FormBodies.of(FormKind.PLAN_REVISION, List.of(), Map.of("reason", "r")).json())
                .doesNotContainKey("budget");
    }

    @Test
    void theGridCoversTheConstructionYearsAndTheBudgetInForceWhichARevisionStartsFrom() {
        List<FormField> fields = BudgetRows.fields(platform(), IN_FORCE, new ConsoleWebConfig().messageSource(),
                Locale.SIMPLIFIED_CHINESE);
        assertThat(fields).hasSize(ExpenditureCategory.values().length * 4); // 2019 (in force), 2020 to 2022
        assertThat(fields.get(0).name()).isEqualTo("budget.EQUIPMENT_PURCHASE.2019");
        assertThat(fields.get(0).literalLabel()).doesNotContainPattern("[A-Za-z]").contains("2019");
        assertThat(BudgetRows.startingValues(IN_FORCE)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "budget.EQUIPMENT_PURCHASE.2020", "3000000.00", "budget.TEACHER_DEVELOPMENT.2019", "500000.00"));
    }

    @Test
    void aRevisionThatLeavesTheBudgetAsItIsDoesNotRestateIt() {
        List<Map<String, Object>> same = List.of(
                Map.of("category", "EQUIPMENT_PURCHASE", "year", 2020, "amount", "3000000"),
                Map.of("category", "TEACHER_DEVELOPMENT", "year", 2019, "amount", "500000.00"),
                Map.of("category", "OTHER", "year", 2021, "amount", "0"));
        assertThat(BudgetRows.unchanged(same, IN_FORCE)).isTrue();
        assertThat(BudgetRows.unchanged(same.subList(0, 1), IN_FORCE)).isFalse();
        assertThat(BudgetRows.unchanged(List.of(same.get(0), Map.of("category", "TEACHER_DEVELOPMENT", "year", 2019,
                "amount", "500000.01")), IN_FORCE)).isFalse();
        assertThat(BudgetRows.unchanged(List.of(same.get(0), Map.of("category", "TEACHER_DEVELOPMENT", "year", 2019,
                "amount", "五十万")), IN_FORCE)).isFalse();
    }

    private static PlatformDetailView platform() {
        return new PlatformDetailView("JS-101", 3, PlatformStatus.APPROVED, "c", "某学院", null, null, "平台", 1,
                LocalDate.of(2020, 3, 1), LocalDate.of(2022, 12, 31), "ref", false, null, null, List.of(), List.of(),
                List.of(), List.of());
    }
}
