package cn.jsedu.ledger.query.security;

import cn.jsedu.ledger.kernel.role.Role;
import cn.jsedu.ledger.support.security.AccessRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may read evaluation rounds (ADR 0026), from the query side's policy table: the rows of the authorization grid
 * for the round endpoints (the system test QueryAuthorizationIT asks the running service for those that need no
 * round). Rounds compare every platform of a programme: administrators, finance officers and auditors; never a college
 * officer or an enterprise representative. A platform's own results are its readers', a college officer's own only.
 */
class EvaluationRoundAccessTest {

    @ParameterizedTest(name = "GET {0}: own platform only = {2}")
    @CsvSource({
            "/api/v1/evaluation-rounds,                                   'PROVINCE_ADMIN FINANCE_OFFICER AUDITOR', false",
            "/api/v1/evaluation-rounds/EVAL-P-2021-ANNUAL-ALL,            'PROVINCE_ADMIN FINANCE_OFFICER AUDITOR', false",
            "/api/v1/evaluation-rounds/EVAL-P-2021-ANNUAL-ALL/results.xlsx, 'PROVINCE_ADMIN FINANCE_OFFICER AUDITOR', false",
            "/api/v1/evaluation-rounds/EVAL-P-2021-ANNUAL-ALL/results.pdf,  'PROVINCE_ADMIN FINANCE_OFFICER AUDITOR', false",
            "/api/v1/evaluation-rounds/EVAL-P-2021-ANNUAL-ALL/history,      'PROVINCE_ADMIN FINANCE_OFFICER AUDITOR', false",
            "/api/v1/platforms/JS-001/evaluation-results, 'PROVINCE_ADMIN FINANCE_OFFICER AUDITOR COLLEGE_OFFICER', true"})
    void roundsAreReadByThoseWhoReadTheWholeProgramme(String path, String roles, boolean ownPlatformOnly) {
        AccessRule rule = QueryAccessPolicy.POLICY.ruleFor("GET", path).orElseThrow();
        EnumSet<Role> expected = EnumSet.noneOf(Role.class);
        for (String role : roles.split(" ")) {
            expected.add(Role.valueOf(role));
        }
        assertThat(rule.roles()).isEqualTo(expected);
        assertThat(rule.ownPlatformOnly()).isEqualTo(ownPlatformOnly);
        assertThat(QueryAccessPolicy.POLICY.ruleFor("POST", path)).as("reads only").isEmpty();
    }
}
