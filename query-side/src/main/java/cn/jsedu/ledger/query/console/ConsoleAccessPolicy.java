package cn.jsedu.ledger.query.console;

import cn.jsedu.ledger.support.security.AccessPolicy;

import java.util.List;

import static cn.jsedu.ledger.support.security.AccessRule.of;
import static cn.jsedu.ledger.support.security.AccessRule.ownPlatform;
import static cn.jsedu.ledger.kernel.role.Role.AUDITOR;
import static cn.jsedu.ledger.kernel.role.Role.COLLEGE_OFFICER;
import static cn.jsedu.ledger.kernel.role.Role.FINANCE_OFFICER;
import static cn.jsedu.ledger.kernel.role.Role.PROVINCE_ADMIN;

/**
 * Who may open which console page: the same rules as the query API's {@code QueryAccessPolicy} (a college officer
 * sees its own platform only, never programme-wide pages) and, for the forms, the command API's
 * {@code CommandAccessPolicy}. The command API decides again when the form is sent; this table only keeps users
 * away from forms they could never submit. A page missing here is denied.
 */
public final class ConsoleAccessPolicy {

    private static final String C = "/console/platforms/{platformId}";
    private static final String F = C + "/commands/";

    public static final AccessPolicy POLICY = new AccessPolicy(List.of(
            of("GET", "/console", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR, COLLEGE_OFFICER),
            of("GET", "/console/denied", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR, COLLEGE_OFFICER),
            of("GET", "/console/platforms", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR, COLLEGE_OFFICER),
            ownPlatform("GET", C, PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            ownPlatform("GET", C + "/audit", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            ownPlatform("GET", C + "/export/*", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            of("GET", "/console/export/*", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            // forms: GET shows the form, POST sends the command to the command API
            ownPlatform("GET", F + "installment", FINANCE_OFFICER),
            ownPlatform("POST", F + "installment", FINANCE_OFFICER),
            ownPlatform("GET", F + "contribution"),
            ownPlatform("POST", F + "contribution"),
            ownPlatform("GET", F + "expenditure"),
            ownPlatform("POST", F + "expenditure"),
            ownPlatform("GET", F + "adjustment", FINANCE_OFFICER),
            ownPlatform("POST", F + "adjustment", FINANCE_OFFICER),
            ownPlatform("GET", F + "report"),
            ownPlatform("POST", F + "report"),
            of("GET", F + "recovery", FINANCE_OFFICER),
            of("POST", F + "recovery", FINANCE_OFFICER),
            of("GET", F + "decision", PROVINCE_ADMIN),
            of("POST", F + "decision", PROVINCE_ADMIN),
            of("POST", C + "/proposals/*/approval", PROVINCE_ADMIN)));

    private ConsoleAccessPolicy() {
    }
}
