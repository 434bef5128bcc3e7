package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.api.view.PermittedCommandsView;
import cn.jsedu.ledger.console.form.FormKind;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console shows the forms of the commands the command API says the user may send, and no others: it keeps no
 * table of its own. The answers below are the command side's for each role (its AuthorizationGridIT holds them to
 * its policy); an empty answer gets no form, a college officer's names its own platform's commands.
 */
class PermittedFormsTest {

    @Test
    void eachRoleGetsTheFormsOfTheCommandsTheCommandApiLetsItSend() {
        assertThat(PlatformPageController.formsFor(answer())).isEmpty();
        assertThat(PlatformPageController.formsFor(answer("installments", "adjustments", "recoveries")))
                .containsExactly(FormKind.INSTALLMENT, FormKind.ADJUSTMENT, FormKind.RECOVERY);
        assertThat(PlatformPageController.formsFor(answer("approval", "rejection", "plan-revisions", "suspension",
                "resumption", "decisions", "proposals/{proposalId}/approval", "proposals/{proposalId}/withdrawal",
                "acceptance-reviews", "task-book"))).containsExactly(FormKind.DECISION, FormKind.PLAN_REVISION,
                FormKind.SUSPENSION, FormKind.RESUMPTION, FormKind.TASK_BOOK, FormKind.ACCEPTANCE_REVIEW);
        assertThat(PlatformPageController.formsFor(answer("agreements", "installments", "enterprise-contributions",
                "expenditures", "adjustments", "acceptance-requests", "reports"))).containsExactly(
                FormKind.INSTALLMENT, FormKind.CONTRIBUTION, FormKind.EXPENDITURE, FormKind.ADJUSTMENT, FormKind.REPORT);
    }

    /**
     * Every role's whole answer as the command side's AuthorizationGridIT pins it (findings, the provincial chain and
     * the enterprise answers included): each finding step and each chain step goes to the one role the policy names.
     */
    @Test
    void eachRoleGetsTheFindingAndProvincialChainFormsItsWholeAnswerNames() {
        assertThat(PlatformPageController.formsFor(answer("approval", "rejection", "plan-revisions", "suspension",
                "resumption", "decisions", "proposals/{proposalId}/approval", "proposals/{proposalId}/withdrawal",
                "acceptance-reviews", "extensions", "acceptance-overrides", "task-book", "documents",
                "findings/{findingId}/closure", "findings/{findingId}/reopening"))).containsExactly(FormKind.DECISION,
                FormKind.PLAN_REVISION, FormKind.SUSPENSION, FormKind.RESUMPTION, FormKind.TASK_BOOK,
                FormKind.ACCEPTANCE_REVIEW, FormKind.FINDING_CLOSURE, FormKind.FINDING_REOPENING);
        assertThat(PlatformPageController.formsFor(answer("installments", "adjustments", "recoveries",
                "provincial-allocations", "provincial-payments", "documents"))).containsExactly(FormKind.INSTALLMENT,
                FormKind.ADJUSTMENT, FormKind.RECOVERY, FormKind.PROVINCIAL_ALLOCATION, FormKind.PROVINCIAL_PAYMENT);
        // no form for uploads yet: the auditor's one form is the finding
        assertThat(PlatformPageController.formsFor(answer("documents", "findings"))).containsExactly(FormKind.FINDING);
        assertThat(PlatformPageController.formsFor(answer("agreements", "installments", "enterprise-contributions",
                "expenditures", "adjustments", "recoveries", "provincial-arrivals", "acceptance-requests", "reports",
                "documents", "findings/{findingId}/rectification"))).containsExactly(FormKind.INSTALLMENT,
                FormKind.CONTRIBUTION, FormKind.EXPENDITURE, FormKind.ADJUSTMENT, FormKind.RECOVERY, FormKind.REPORT,
                FormKind.RECTIFICATION);
        // the enterprise representative's answers are no platform-page form: it reads no platform page, and answers on
        // its own page instead (EnterpriseAnswersController, ADR 0022)
        assertThat(PlatformPageController.formsFor(answer("enterprise-contributions/{id}/confirmation",
                "enterprise-contributions/{id}/dispute"))).isEmpty();
    }

    @Test
    void theApproveButtonFollowsTheAnswerToo() {
        assertThat(answer("decisions", PlatformPageController.APPROVAL).allows(PlatformPageController.APPROVAL)).isTrue();
        assertThat(answer("installments").allows(PlatformPageController.APPROVAL)).isFalse();
    }

    @Test
    void everyFormPostsToACommandTheApiNames() {
        List<String> commandSide = List.of("installments", "enterprise-contributions", "expenditures", "adjustments",
                "recoveries", "reports", "decisions", "plan-revisions", "suspension", "resumption", "task-book",
                "acceptance-reviews", "findings", "findings/{findingId}/rectification", "findings/{findingId}/closure",
                "findings/{findingId}/reopening", "provincial-allocations", "provincial-payments");
        assertThat(List.of(FormKind.values())).extracting(FormKind::resource).containsExactlyElementsOf(commandSide);
    }

    private static PermittedCommandsView answer(String... commands) {
        return new PermittedCommandsView("JS-101", "u", "ROLE", List.of(commands), List.of(FundingSource.COLLEGE));
    }
}
