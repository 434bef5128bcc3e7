package cn.jsedu.ledger.query.security;

import cn.jsedu.ledger.support.security.AccessPolicy;

import java.util.List;

import static cn.jsedu.ledger.support.security.AccessRule.of;
import static cn.jsedu.ledger.support.security.AccessRule.ownPlatform;
import static cn.jsedu.ledger.kernel.role.Role.AUDITOR;
import static cn.jsedu.ledger.kernel.role.Role.COLLEGE_OFFICER;
import static cn.jsedu.ledger.kernel.role.Role.ENTERPRISE_REPRESENTATIVE;
import static cn.jsedu.ledger.kernel.role.Role.FINANCE_OFFICER;
import static cn.jsedu.ledger.kernel.role.Role.METRICS_READER;
import static cn.jsedu.ledger.kernel.role.Role.PROVINCE_ADMIN;

/**
 * Who may read what: the query side's whole access policy in one table; an endpoint missing here is denied.
 * Administrators, finance officers and auditors read everything (pending proposals included); a college officer reads
 * its own platform only (the platform list is filtered to it), never programme-wide views. Verification, checkpoints,
 * reconciliation and exports are for those who audit; rebuilding read models and signing checkpoints are the
 * administrator's.
 */
public final class QueryAccessPolicy {

    private static final String P = "/api/v1/platforms/{platformId}";
    private static final String PROGRAMME = "/api/v1/programmes/{programmeId}";
    private static final String ROUNDS = "/api/v1/evaluation-rounds";

    public static final AccessPolicy POLICY = new AccessPolicy(List.of(
            // who the credentials belong to (the console checks its logins with it)
            of("GET", "/api/v1/me", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR, COLLEGE_OFFICER, ENTERPRISE_REPRESENTATIVE),
            of("GET", "/api/v1/platforms", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR, COLLEGE_OFFICER),
            // the representative's own contributions across its platforms: its enterprise from its login, no other role
            of("GET", "/api/v1/me/enterprise-contributions", ENTERPRISE_REPRESENTATIVE),
            // ADR 0022: an enterprise representative reads the contributions of its own enterprise, on platforms where
            // it is a party (EnterpriseQueryController answers 404 for any other), and nothing else of a platform
            ownPlatform("GET", P + "/enterprise-contributions", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR,
                    ENTERPRISE_REPRESENTATIVE),
            ownPlatform("GET", P, PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            ownPlatform("GET", P + "/*", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            // one evidence document (docs/adr/0021): the platform's readers, a college officer its own platform's only
            ownPlatform("GET", P + "/documents/*", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            // what waits for the user (ADR 0025): every role that acts on something; the answer keeps to what it may read
            of("GET", "/api/v1/me/inbox", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR, COLLEGE_OFFICER,
                    ENTERPRISE_REPRESENTATIVE),
            of("GET", "/api/v1/programme/parameters", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR, COLLEGE_OFFICER),
            of("GET", "/api/v1/programme/*", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            of("GET", "/api/v1/proposals", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            // programmes (ADR 0019): their rules and history are every role's to read, as the parameters above; their
            // pending proposals and programme-wide answers are not a college's (a scoped user reaches its own only)
            of("GET", "/api/v1/programmes", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR, COLLEGE_OFFICER),
            of("GET", PROGRAMME, PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR, COLLEGE_OFFICER),
            of("GET", PROGRAMME + "/parameter-changes", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR, COLLEGE_OFFICER),
            of("GET", PROGRAMME + "/proposals", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            of("GET", PROGRAMME + "/compliance", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            of("GET", PROGRAMME + "/balances", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            // the national view over several provincial stores (ADR 0009): province-level roles only, never a college's
            of("GET", "/api/v1/national/*", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            // evaluation rankings (ADR 0026) compare every platform: not a college's; its own platform's scores fall
            // under P + "/*" (evaluation-scores)
            of("GET", PROGRAMME + "/evaluation-ranking", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            of("GET", PROGRAMME + "/evaluation-ranking.csv", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            of("GET", PROGRAMME + "/evaluation-ranking.xlsx", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            of("GET", PROGRAMME + "/evaluation-ranking.pdf", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            // evaluation rounds (ADR 0026) compare and grade every platform of a programme: not a college's nor an
            // enterprise's; a platform's own published results fall under P + "/*" (evaluation-results)
            of("GET", ROUNDS, PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            of("GET", ROUNDS + "/*", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            of("GET", ROUNDS + "/*/results.xlsx", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            of("GET", ROUNDS + "/*/results.pdf", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            of("GET", ROUNDS + "/*/history", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            of("GET", "/api/v1/verification", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            of("GET", "/api/v1/checkpoints/*", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            of("POST", "/api/v1/checkpoints", PROVINCE_ADMIN),
            // reconciliation (ADR 0017) only reads: whoever may read its report may also ask for a fresh one
            of("GET", "/api/v1/reconciliation/latest", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            of("POST", "/api/v1/reconciliation", PROVINCE_ADMIN, FINANCE_OFFICER, AUDITOR),
            of("GET", "/api/v1/admin/read-models/status", PROVINCE_ADMIN),
            of("POST", "/api/v1/admin/read-models/rebuild", PROVINCE_ADMIN),
            // --- observability (cn.jsedu.ledger.query.observability): the OpenAPI document and Swagger UI, read
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
            // Exports (ledger.csv|xlsx, balances.csv|xlsx, dossier.pdf; programme compliance/readiness .csv|xlsx)
            // fall under P + "/*" and "/api/v1/programme/*" above: the same readers as the JSON they export. So do
            // a platform's ledger lines and plan-vs-received series, and the programme's money by source.
            ));

    private QueryAccessPolicy() {
    }
}
