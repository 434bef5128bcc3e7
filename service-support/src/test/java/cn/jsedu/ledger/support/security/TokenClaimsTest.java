package cn.jsedu.ledger.support.security;

import cn.jsedu.ledger.kernel.role.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenClaimsTest {

    @Test
    void readsTheFirstLedgerRoleOfTheClaim() {
        assertThat(TokenClaims.role(List.of("offline_access", "ROLE_AUDITOR"))).contains(Role.AUDITOR);
        assertThat(TokenClaims.role("FINANCE_OFFICER")).contains(Role.FINANCE_OFFICER);
        assertThat(TokenClaims.role(List.of("SUPERUSER"))).isEmpty();
        assertThat(TokenClaims.role(null)).isEmpty();
    }
}
