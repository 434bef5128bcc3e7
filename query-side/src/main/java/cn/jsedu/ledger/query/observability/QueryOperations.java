package cn.jsedu.ledger.query.observability;

import java.util.Map;

/**
 * What the OpenAPI document cannot learn from the controllers: a stable operation id (springdoc would number
 * same-named methods, {@code compliance_2}, in an order nobody controls) and a summary per endpoint, keyed by
 * {@code "METHOD /path"}, and a name and description per controller tag. An endpoint missing here still gets a
 * summary made from its method name.
 */
final class QueryOperations {

    private static final String P = "/api/v1/platforms/{platformId}";

    static final Map<String, ApiDocsConventions.Documented> OPERATIONS = Map.ofEntries(
            get("/api/v1/platforms", "listPlatforms", "List platforms with status, totals and flags (filtered, paged)"),
            get(P, "getPlatform", "A platform: status, construction period, plan, parties, agreements, decisions"),
            get(P + "/balances", "getBalances", "Balances per source and enterprise party, as of a date, as known then"),
            get(P + "/compliance", "getCompliance", "Compliance with the programme's rules, with the events behind"),
            get(P + "/history", "getHistory", "Every event of the platform with who, when, why, and chain hashes"),
            get(P + "/state", "getReplayedState", "The platform replayed from its own events up to a version or time"),
            get(P + "/proposals", "listPlatformProposals", "Proposals of the platform awaiting a second administrator"),
            get(P + "/reporting-status", "getReportingStatus", "Half-yearly reports: due, submitted, late or overdue"),
            get(P + "/equipment", "getEquipmentRegister", "The equipment register, reconciled with equipment purchases"),
            get(P + "/indicators", "getIndicators", "Task-book indicators: targets against reported actuals"),
            get(P + "/workstations", "getWorkstations", "Share of workstations offered, per year"),
            get(P + "/readiness", "getReadiness", "Readiness for acceptance: the checklist and the overall verdict"),
            get(P + "/ledger.{format}", "exportLedger", "Export the platform's ledger lines (CSV or Excel)"),
            get(P + "/balances.{format}", "exportBalances", "Export the platform's balances (CSV or Excel)"),
            get(P + "/dossier.pdf", "exportDossier", "The platform's dossier as a PDF"),
            get("/api/v1/platforms/{id}/verification", "verifyPlatform",
                    "Verify the platform's hash chain, optionally against a signed checkpoint"),
            get("/api/v1/platforms/{id}/export", "exportHistoryLines", "The platform's events as lines for offline verification"),
            get("/api/v1/programme/compliance", "getProgrammeCompliance", "Programme totals and per-platform compliance"),
            get("/api/v1/programme/compliance.{format}", "exportProgrammeCompliance",
                    "Export programme compliance (CSV or Excel)"),
            get("/api/v1/programme/readiness", "getProgrammeReadiness", "Per-platform readiness for acceptance"),
            get("/api/v1/programme/readiness.{format}", "exportProgrammeReadiness",
                    "Export programme readiness (CSV or Excel)"),
            get("/api/v1/programme/parameters", "getProgrammeParameters", "The programme parameters in force"),
            get("/api/v1/proposals", "listProposals", "Proposals of every platform, by status"),
            get("/api/v1/verification", "verifyProgramme", "Verify every platform's hash chain"),
            post("/api/v1/checkpoints", "signCheckpoint", 201, "Sign a checkpoint of every platform's chain head"),
            get("/api/v1/checkpoints/latest", "getLatestCheckpoint", "The newest valid signed checkpoint"),
            get("/api/v1/checkpoints/{counter}", "getCheckpoint", "A signed checkpoint by its counter"),
            get("/api/v1/checkpoints/public-key", "getCheckpointPublicKey", "The checkpoint signing key (PEM)"),
            post("/api/v1/admin/read-models/rebuild", "rebuildReadModels", 202,
                    "Rebuild the read models from the event store (every other instance stopped)"),
            get("/api/v1/admin/read-models/status", "getRebuildStatus", "Progress of a read-model rebuild"));

    static final Map<String, ApiDocsConventions.TagText> TAGS = Map.of(
            "platform-query-controller", tag("Platforms",
                    "A platform's read models: detail, balances, compliance, history, and its replayed state"),
            "reporting-query-controller", tag("Reporting and readiness",
                    "Reports, equipment, indicators, workstations and readiness for acceptance"),
            "programme-query-controller", tag("Programme", "Programme-wide compliance and parameters"),
            "proposal-query-controller", tag("Proposals", "Changes waiting for a second administrator (four eyes)"),
            "export-controller", tag("Exports", "Spreadsheets and PDF dossiers of the read models"),
            "verification-controller", tag("Verification",
                    "Hash chains of the event store and signed checkpoints, for auditors"),
            "read-model-admin-controller", tag("Administration", "Rebuilding the read models"));

    private QueryOperations() {
    }

    private static Map.Entry<String, ApiDocsConventions.Documented> get(String path, String id, String summary) {
        return Map.entry("GET " + path, new ApiDocsConventions.Documented(id, summary, 200));
    }

    private static Map.Entry<String, ApiDocsConventions.Documented> post(String path, String id, int status,
                                                                         String summary) {
        return Map.entry("POST " + path, new ApiDocsConventions.Documented(id, summary, status));
    }

    private static ApiDocsConventions.TagText tag(String name, String description) {
        return new ApiDocsConventions.TagText(name, description);
    }
}
