package cn.jsedu.ledger.console.form;

import cn.jsedu.ledger.console.api.CommandOutcome;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms become the API's JSON without a second opinion: blank inputs left out, text as typed (so the API's message
 * explains a bad amount), numbers as numbers, reports nested; and the API's field errors land on the right input.
 */
class FormBodiesTest {

    private static final List<FormField> INSTALLMENT = List.of(FormField.select("source", true, List.of()),
            FormField.money("amount", true), FormField.date("effectiveDate", true), FormField.text("appraisalRef", false));

    @Test
    void sendsWhatWasTypedAndLeavesBlanksOutForTheApiToJudge() {
        Map<String, String> values = Map.of("source", "COLLEGE", "amount", " 1.234 ", "effectiveDate", "",
                "appraisalRef", "   ", "idempotencyKey", "console-1", "_csrf", "token", "sneaky", "x");
        FormBodies.Body body = FormBodies.of(FormKind.INSTALLMENT, INSTALLMENT, values);
        assertThat(body.json()).containsExactly(Map.entry("source", "COLLEGE"), Map.entry("amount", "1.234"));
    }

    @Test
    void buildsANestedReportAndMapsTheApiFieldsBackToTheInputs() {
        Map<String, String> values = new HashMap<>(Map.of("period", "2020H1", "workstationsTotal", "300",
                "workstationsOffered", "a lot", "indicator.T1-CORE-MODULES", "", "indicator.T2-PRACTICE-POSITIONS", "120"));
        values.putAll(Map.of("equipment1.item", "五轴联动加工中心", "equipment1.quantity", "2", "equipment1.value", "800000.00",
                "equipment1.date", "2020-05-10"));
        FormBodies.Body body = FormBodies.of(FormKind.REPORT, List.of(), values);
        assertThat(body.json().get("period")).isEqualTo("2020H1");
        assertThat(body.json().get("usage")).isEqualTo(Map.of("workstationsTotal", 300L, "workstationsOffered", "a lot"));
        assertThat(body.json().get("indicators")).isEqualTo(List.of(Map.of("code", "T2-PRACTICE-POSITIONS", "value", "120")));
        assertThat(body.json().get("equipment")).isEqualTo(List.of(Map.of("item", "五轴联动加工中心", "quantity", 2L,
                "value", "800000.00", "date", "2020-05-10")));

        CommandOutcome refused = new CommandOutcome(400, null, null, "VALIDATION_FAILED", "invalid", List.of(
                new CommandOutcome.FieldProblem("usage.workstationsOffered", "has the wrong type"),
                new CommandOutcome.FieldProblem("indicators[0].value", "too small"),
                new CommandOutcome.FieldProblem("equipment[0].source", "must not be null")));
        Map<String, List<String>> messages = body.fieldMessages(refused);
        assertThat(messages).containsEntry("workstationsOffered", List.of("has the wrong type"))
                .containsEntry("indicator.T2-PRACTICE-POSITIONS", List.of("too small"))
                .containsEntry("equipment1.source", List.of("must not be null"));
    }

    @Test
    void buildsAPlanRevisionFromTheFilledRowsAndATaskBookFromTheGivenTargets() {
        Map<String, String> values = new HashMap<>(Map.of("plan0.source", "PROVINCIAL_FINANCE", "plan0.year", "2020",
                "plan0.amount", "10,000,000.00", "plan2.source", "ENTERPRISE", "plan2.partyId", "E1", "plan2.year", "２０２１",
                "plan2.amount", "6000000.00", "reason", "企业变更", "decisionRef", "苏教职〔2021〕3号"));
        FormBodies.Body plan = FormBodies.of(FormKind.PLAN_REVISION, List.of(), values);
        assertThat(plan.json().get("plan")).isEqualTo(List.of(
                Map.of("source", "PROVINCIAL_FINANCE", "year", 2020L, "amount", "10000000.00"),
                Map.of("source", "ENTERPRISE", "partyId", "E1", "year", 2021L, "amount", "6000000.00")));
        assertThat(plan.json()).containsEntry("reason", "企业变更").containsEntry("decisionRef", "苏教职〔2021〕3号");
        assertThat(plan.fieldMessages(new CommandOutcome(400, null, null, "VALIDATION_FAILED", "invalid", List.of(
                new CommandOutcome.FieldProblem("plan[1].amount", "must be a decimal string")))))
                .containsEntry("plan2.amount", List.of("must be a decimal string"));

        FormBodies.Body taskBook = FormBodies.of(FormKind.TASK_BOOK, List.of(), Map.of("decisionRef", "苏教职〔2020〕任务书",
                "target.T1-CORE-MODULES", "10", "target.T2-PRACTICE-POSITIONS", " ", "target.T6-CREDIT-BANK", "true"));
        assertThat(taskBook.json().get("targets")).isEqualTo(List.of(Map.of("code", "T1-CORE-MODULES", "value", "10"),
                Map.of("code", "T6-CREDIT-BANK", "value", "true")));
    }

    @Test
    void aSubmittedKeyIsKeptOnlyInTheApisShape() {
        assertThat(IdempotencyKeys.orFresh("console-abc")).isEqualTo("console-abc");
        assertThat(IdempotencyKeys.orFresh("has space")).startsWith("console-").isNotEqualTo("has space");
        assertThat(IdempotencyKeys.orFresh(null)).startsWith("console-");
        assertThat(IdempotencyKeys.fresh()).isNotEqualTo(IdempotencyKeys.fresh());
    }
}
