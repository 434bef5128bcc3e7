package cn.jsedu.ledger.support.security;

import cn.jsedu.ledger.kernel.role.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AccessRuleTest {

    @Test
    void matchesMethodAndPathExactly() {
        AccessRule rule = AccessRule.ownPlatform("POST", "/api/v1/platforms/{platformId}/installments", Role.FINANCE_OFFICER);
        assertThat(rule.matches("POST", "/api/v1/platforms/P-1/installments")).isTrue();
        assertThat(rule.matches("GET", "/api/v1/platforms/P-1/installments")).isFalse();
        assertThat(rule.matches("POST", "/api/v1/platforms/P-1/installments/x")).isFalse();
        assertThat(rule.matches("POST", "/api/v1/platforms/a/b/installments")).isFalse();
        assertThat(rule.platformIdIn("/api/v1/platforms/P-1/installments")).isEqualTo("P-1");
        assertThat(rule.roles()).containsExactlyInAnyOrder(Role.COLLEGE_OFFICER, Role.FINANCE_OFFICER);
        assertThat(AccessRule.of("GET", "/api/v1/proposals/*", Role.AUDITOR).matches("GET", "/api/v1/proposals/x1")).isTrue();
        assertThat(AccessRule.of("GET", "/a.b").matches("GET", "/aXb")).isFalse();
    }

    @Test
    void theFirstMatchingRuleDecidesAndNoneMeansNoRule() {
        AccessPolicy policy = new AccessPolicy(List.of(AccessRule.of("GET", "/x", Role.AUDITOR),
                AccessRule.of("GET", "/x", Role.PROVINCE_ADMIN)));
        assertThat(policy.ruleFor("GET", "/x").orElseThrow().roles()).containsExactly(Role.AUDITOR);
        assertThat(policy.ruleFor("GET", "/y")).isEmpty();
    }
}
