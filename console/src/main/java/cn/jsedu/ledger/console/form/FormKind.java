package cn.jsedu.ledger.console.form;

import java.util.Arrays;
import java.util.Optional;

/**
 * The commands the console offers as forms, each with the command API resource it posts to. Who may use which the
 * command API says ({@code permitted-commands}, from its access policy), and decides again when the form is sent.
 */
public enum FormKind {
    INSTALLMENT("installment", "installments"),
    CONTRIBUTION("contribution", "enterprise-contributions"),
    EXPENDITURE("expenditure", "expenditures"),
    ADJUSTMENT("adjustment", "adjustments"),
    RECOVERY("recovery", "recoveries"),
    REPORT("report", "reports"),
    DECISION("decision", "decisions"),
    PLAN_REVISION("plan-revision", "plan-revisions"),
    SUSPENSION("suspension", "suspension"),
    RESUMPTION("resumption", "resumption"),
    TASK_BOOK("task-book", "task-book"),
    ACCEPTANCE_REVIEW("acceptance-review", "acceptance-reviews");

    private final String slug;
    private final String resource;

    FormKind(String slug, String resource) {
        this.slug = slug;
        this.resource = resource;
    }

    public String slug() {
        return slug;
    }

    public String resource() {
        return resource;
    }

    public static Optional<FormKind> of(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
