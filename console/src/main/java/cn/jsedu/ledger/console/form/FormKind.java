package cn.jsedu.ledger.console.form;

import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The commands the console offers as forms, each with the command API resource it posts to, written as the command
 * API's {@code permitted-commands} names it. Who may use which the command API says (from its access policy), and
 * decides again when the form is sent. A command on one thing of the platform (a finding) names it in its path:
 * {@link #pathInput()} is the form input that chooses it, sent in the path and not in the body.
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
    ACCEPTANCE_REVIEW("acceptance-review", "acceptance-reviews"),
    FINDING("finding", "findings"),
    RECTIFICATION("rectification", "findings/{findingId}/rectification"),
    FINDING_CLOSURE("finding-closure", "findings/{findingId}/closure"),
    FINDING_REOPENING("finding-reopening", "findings/{findingId}/reopening"),
    PROVINCIAL_ALLOCATION("provincial-allocation", "provincial-allocations"),
    PROVINCIAL_PAYMENT("provincial-payment", "provincial-payments");

    private final String slug;
    private final String resource;

    FormKind(String slug, String resource) {
        this.slug = slug;
        this.resource = resource;
    }

    public String slug() {
        return slug;
    }

    /** The command as {@code permitted-commands} names it ({@code findings/{findingId}/closure}). */
    public String resource() {
        return resource;
    }

    /** The input naming the thing the command acts on, when the path has one ({@code findingId}); else null. */
    public String pathInput() {
        int open = resource.indexOf('{');
        return open < 0 ? null : resource.substring(open + 1, resource.indexOf('}'));
    }

    /** The path below the platform to post to, with the chosen thing's id in place (encoded: it is user input). */
    public String path(String chosen) {
        String input = pathInput();
        return input == null ? resource
                : resource.replace("{" + input + "}", UriUtils.encodePathSegment(chosen, StandardCharsets.UTF_8));
    }

    /**
     * Whether the command cites evidence documents ({@code documents[]}, ADR 0021): the money entries, a finding and
     * its rectification. Their forms take files, uploaded before the command is sent.
     */
    public boolean takesDocuments() {
        return this == INSTALLMENT || this == CONTRIBUTION || this == EXPENDITURE || this == FINDING
                || this == RECTIFICATION;
    }

    public static Optional<FormKind> of(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
