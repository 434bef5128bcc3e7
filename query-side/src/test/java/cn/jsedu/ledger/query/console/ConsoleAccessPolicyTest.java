package cn.jsedu.ledger.query.console;

import cn.jsedu.ledger.support.security.LedgerUser;
import cn.jsedu.ledger.kernel.role.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's table gives each role the pages and forms the API and the command API give it: an auditor reads
 * and sends nothing, a college officer records for its own platform only and sees no programme page.
 */
class ConsoleAccessPolicyTest {

    private static final String C = "/console/platforms/JS-101";

    @Test
    void eachRoleGetsTheFormsOfTheCommandsItMayIssue() {
        assertThat(PlatformPageController.formsFor(user(Role.AUDITOR), "JS-101")).isEmpty();
        assertThat(PlatformPageController.formsFor(user(Role.FINANCE_OFFICER), "JS-101"))
                .containsExactly(FormKind.INSTALLMENT, FormKind.ADJUSTMENT, FormKind.RECOVERY);
        assertThat(PlatformPageController.formsFor(user(Role.PROVINCE_ADMIN), "JS-101")).containsExactly(FormKind.DECISION);
        assertThat(PlatformPageController.formsFor(user(Role.COLLEGE_OFFICER), "JS-101")).containsExactly(
                FormKind.INSTALLMENT, FormKind.CONTRIBUTION, FormKind.EXPENDITURE, FormKind.ADJUSTMENT, FormKind.REPORT);
    }

    @Test
    void collegeOfficersAreLimitedToTheirPlatformAndSeeNoProgrammeExport() {
        assertThat(allows("GET", C, Role.COLLEGE_OFFICER)).isTrue();
        assertThat(rule("GET", C).ownPlatformOnly()).isTrue();
        assertThat(rule("POST", C + "/commands/report").ownPlatformOnly()).isTrue();
        assertThat(allows("GET", "/console/export/compliance.xlsx", Role.COLLEGE_OFFICER)).isFalse();
        assertThat(allows("GET", "/console/export/compliance.xlsx", Role.AUDITOR)).isTrue();
        assertThat(allows("POST", C + "/proposals/P-1/approval", Role.PROVINCE_ADMIN)).isTrue();
        assertThat(allows("POST", C + "/proposals/P-1/approval", Role.FINANCE_OFFICER)).isFalse();
    }

    @Test
    void whatIsNotListedIsDenied() {
        assertThat(ConsoleAccessPolicy.POLICY.ruleFor("DELETE", C)).isEmpty();
        assertThat(ConsoleAccessPolicy.POLICY.ruleFor("GET", "/console/anything")).isEmpty();
        assertThat(ConsoleAccessPolicy.POLICY.ruleFor("POST", C + "/commands/unknown")).isEmpty();
    }

    private static boolean allows(String method, String path, Role role) {
        return ConsoleAccessPolicy.POLICY.ruleFor(method, path).map(r -> r.roles().contains(role)).orElse(false);
    }

    private static cn.jsedu.ledger.support.security.AccessRule rule(String method, String path) {
        return ConsoleAccessPolicy.POLICY.ruleFor(method, path).orElseThrow();
    }

    private static LedgerUser user(Role role) {
        return new LedgerUser("u", role, role == Role.COLLEGE_OFFICER ? "4132010850" : null);
    }
}
