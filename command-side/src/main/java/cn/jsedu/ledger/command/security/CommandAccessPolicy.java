package cn.jsedu.ledger.command.security;

import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.role.EntryRecorders;
import cn.jsedu.ledger.support.security.AccessPolicy;
import cn.jsedu.ledger.support.security.AccessRule;

import java.util.List;

import static cn.jsedu.ledger.kernel.role.Role.AUDITOR;
import static cn.jsedu.ledger.kernel.role.Role.COLLEGE_OFFICER;
import static cn.jsedu.ledger.kernel.role.Role.ENTERPRISE_REPRESENTATIVE;
import static cn.jsedu.ledger.kernel.role.Role.FINANCE_OFFICER;
import static cn.jsedu.ledger.kernel.role.Role.METRICS_READER;
import static cn.jsedu.ledger.kernel.role.Role.PROVINCE_ADMIN;
import static cn.jsedu.ledger.support.security.AccessRule.of;
import static cn.jsedu.ledger.support.security.AccessRule.ownPlatform;

/**
 * Who may send which command: the command side's whole access policy in one table. An endpoint missing here is
 * denied to everyone. {@code ownPlatform} rows admit college officers for their own college's platform only.
 * Rules that depend on the body (a college officer declares only for its own college; provincial installments
 * are the finance officer's, the others the college's) are checked in {@link Permissions}; who may correct an entry
 * or record a recovery, by the platform, from the same table of who records what ({@link EntryRecorders}).
 * AUDITOR sends one command, the audit finding (and uploads the documents it cites). METRICS_READER (the scrape account) reads the metrics only.
 */
public final class CommandAccessPolicy {

    private static final String P = "/api/v1/platforms/{platformId}";
    private static final String PROGRAMME = "/api/v1/programmes/{programmeId}";
    /** A round's id is one segment ({@code *}): the access rules know platform and programme ids only. */
    private static final String ROUND = "/api/v1/evaluation-rounds/*";

    public static final AccessPolicy POLICY = new AccessPolicy(List.of(
            of("POST", "/api/v1/platforms", PROVINCE_ADMIN, COLLEGE_OFFICER),
            of("POST", P + "/approval", PROVINCE_ADMIN),
            of("POST", P + "/rejection", PROVINCE_ADMIN),
            ownPlatform("POST", P + "/agreements"),
            money(P + "/installments", EntryKind.INSTALLMENT),
            money(P + "/enterprise-contributions", EntryKind.ENTERPRISE_CONTRIBUTION),
            money(P + "/expenditures", EntryKind.EXPENDITURE),
            money(P + "/adjustments", EntryKind.ADJUSTMENT),
            money(P + "/recoveries", EntryKind.RECOVERY),
            // files of entries (ADR 0024): who records such entries one by one, and each row's source checked as one
            money(P + "/imports/installments", EntryKind.INSTALLMENT),
            money(P + "/imports/expenditures", EntryKind.EXPENDITURE),
            money(P + "/imports/enterprise-contributions", EntryKind.ENTERPRISE_CONTRIBUTION),
            // how far an upload has come: whoever may upload some file (only the uploader reads its own, ImportRuns)
            ownPlatform("GET", P + "/imports/progress/*", FINANCE_OFFICER),
            // the provincial money chain (docs/domain.md §9): the finance office allocates and pays, the college
            // confirms the arrival at its own platform
            of("POST", P + "/provincial-allocations", FINANCE_OFFICER),
            of("POST", P + "/provincial-payments", FINANCE_OFFICER),
            ownPlatform("POST", P + "/provincial-arrivals"),
            of("POST", P + "/plan-revisions", PROVINCE_ADMIN),
            of("POST", P + "/suspension", PROVINCE_ADMIN),
            of("POST", P + "/resumption", PROVINCE_ADMIN),
            of("POST", P + "/decisions", PROVINCE_ADMIN),
            of("POST", P + "/proposals/*/approval", PROVINCE_ADMIN),
            of("POST", P + "/proposals/*/withdrawal", PROVINCE_ADMIN),
            ownPlatform("POST", P + "/acceptance-requests"),
            of("POST", P + "/acceptance-reviews", PROVINCE_ADMIN),
            // ADR 0022: extensions and overrides of the acceptance gate are four-eyes proposals of the education
            // department; an enterprise representative answers for the contributions in its enterprise's name (the
            // platform checks that the contribution names the representative's enterprise)
            of("POST", P + "/extensions", PROVINCE_ADMIN),
            of("POST", P + "/acceptance-overrides", PROVINCE_ADMIN),
            of("POST", P + "/enterprise-contributions/*/confirmation", ENTERPRISE_REPRESENTATIVE),
            of("POST", P + "/enterprise-contributions/*/dispute", ENTERPRISE_REPRESENTATIVE),
            of("POST", P + "/task-book", PROVINCE_ADMIN),
            ownPlatform("POST", P + "/reports"),
            // programmes and their rules (ADR 0019): proposals of one administrator, approved by another
            of("POST", "/api/v1/programmes", PROVINCE_ADMIN),
            of("POST", PROGRAMME + "/parameter-changes", PROVINCE_ADMIN),
            of("POST", PROGRAMME + "/proposals/*/approval", PROVINCE_ADMIN),
            of("POST", PROGRAMME + "/proposals/*/withdrawal", PROVINCE_ADMIN),
            // evaluation rounds (ADR 0026): the education department's; the publication with four eyes
            of("POST", "/api/v1/evaluation-rounds", PROVINCE_ADMIN),
            of("POST", ROUND + "/panel-scores", PROVINCE_ADMIN),
            of("POST", ROUND + "/publication", PROVINCE_ADMIN),
            of("POST", ROUND + "/proposals/*/approval", PROVINCE_ADMIN),
            of("POST", ROUND + "/proposals/*/withdrawal", PROVINCE_ADMIN),
            // evidence documents (docs/adr/0021): whoever sends a command that may cite one uploads it, a college
            // officer to its own platform only
            ownPlatform("POST", P + "/documents", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            // audit findings: recorded by auditors, answered by the college, closed or reopened by the department
            of("POST", P + "/findings", AUDITOR),
            ownPlatform("POST", P + "/findings/*/rectification"),
            of("POST", P + "/findings/*/closure", PROVINCE_ADMIN),
            of("POST", P + "/findings/*/reopening", PROVINCE_ADMIN),
            // which of the rows above the signed-in user may use on a platform (PermittedCommands): asked by every
            // role, auditors included (their answer is empty); a college officer about its own platform only
            ownPlatform("GET", P + "/permitted-commands", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR,
                    ENTERPRISE_REPRESENTATIVE),
            // --- observability (cn.jsedu.ledger.command.observability): the OpenAPI document and Swagger UI, read
            // only, for every signed-in role; not anonymous, as the document maps every endpoint and parameter.
            of("GET", "/v3/api-docs", PROVINCE_ADMIN, FINANCE_OFFICER, COLLEGE_OFFICER, AUDITOR),
            of("GET", "/v3/api-docs.yaml", PROVINCE_ADMIN, FINANCE_OFFICER, COLLEGE_OFFICER, AUDITOR),
            of("GET", "/v3/api-docs/*", PROVINCE_ADMIN, FINANCE_OFFICER, COLLEGE_OFFICER, AUDITOR),
            of("GET", "/swagger-ui.html", PROVINCE_ADMIN, FINANCE_OFFICER, COLLEGE_OFFICER, AUDITOR),
            of("GET", "/swagger-ui/*", PROVINCE_ADMIN, FINANCE_OFFICER, COLLEGE_OFFICER, AUDITOR),
            // --- end observability
            // The software bill of materials (every library and its version): for those who operate and audit the
            // ledger, not anonymous, as it is also a list of what to look up in vulnerability databases.
            of("GET", "/actuator/sbom", PROVINCE_ADMIN, AUDITOR),
            of("GET", "/actuator/sbom/*", PROVINCE_ADMIN, AUDITOR),
            // The Prometheus scrape shows programme money totals: the scrape account's alone, and it reads nothing else.
            of("GET", "/actuator/prometheus", METRICS_READER)
            ));

    private CommandAccessPolicy() {
    }

    /**
     * A money endpoint admits the roles that record some entry of its kind ({@link EntryRecorders}), college officers
     * for their own platform only; which source each may record is checked on the body ({@link Permissions}) or, for
     * corrections and recoveries, by the platform.
     */
    private static AccessRule money(String path, EntryKind kind) {
        return new AccessRule("POST", path, EntryRecorders.recordersOf(kind), true);
    }
}
