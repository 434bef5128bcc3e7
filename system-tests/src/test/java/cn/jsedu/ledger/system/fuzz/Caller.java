package cn.jsedu.ledger.system.fuzz;

import cn.jsedu.ledger.system.Commands;

import cn.jsedu.ledger.kernel.role.Role;
import cn.jsedu.ledger.system.LedgerSystem;
import cn.jsedu.ledger.testsupport.TestUsers;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Who sends a fuzz case: a test user with the right password (the fuzzer never sends a wrong one from the shared
 * loopback address, or the login throttle would lock the other tests out), or nobody.
 */
record Caller(String user, String password, Role role) {

    static final Caller ANONYMOUS = new Caller(null, null, null);

    static Caller of(String user, Role role) {
        return new Caller(user, role == Role.METRICS_READER ? LedgerSystem.SCRAPE_PASSWORD : TestUsers.PASSWORD, role);
    }

    /** A user of this role; a college officer of the platform's college. */
    static Caller forRole(Role role, Stage.Platform platform, int pick) {
        return switch (role) {
            case PROVINCE_ADMIN -> of(pick % 2 == 0 ? "admin1" : "admin2", role);
            case FINANCE_OFFICER -> of("finance", role);
            case AUDITOR -> of("auditor", role);
            case COLLEGE_OFFICER -> of(platform.officer(), role);
            case METRICS_READER -> of("prometheus", role);
            case ENTERPRISE_REPRESENTATIVE -> of("enterprise-" + Commands.E1_CODE, role);
        };
    }

    /** The Authorization header's value, or null for nobody. */
    String authorization() {
        if (user == null) {
            return null;
        }
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return user == null ? "anonymous" : user + " (" + role + ")";
    }
}
