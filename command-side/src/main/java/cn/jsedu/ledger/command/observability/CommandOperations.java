package cn.jsedu.ledger.command.observability;

import java.util.Map;

/**
 * What the OpenAPI document cannot learn from the controllers: a stable operation id and a summary per endpoint, the success status each
 * one really answers (the controllers return {@code ResponseEntity} with the status chosen at run time), and a
 * name and description per controller tag. An endpoint missing here still gets a summary made from its method
 * name; ApiDocsSystemIT checks the statuses against real responses.
 */
final class CommandOperations {

    private static final String P = "/api/v1/platforms/{platformId}";

    static final Map<String, ApiDocsConventions.Documented> OPERATIONS = Map.ofEntries(
            op("/api/v1/platforms", "declarePlatform", 201,
                    "Declare a platform"),
            op(P + "/approval", "approvePlatform", 200,
                    "Approve a declared platform"),
            op(P + "/rejection", "rejectPlatform", 200,
                    "Reject a declared platform"),
            op(P + "/agreements", "signAgreement", 201,
                    "Sign a co-construction agreement"),
            op(P + "/plan-revisions", "proposePlanRevision", 202,
                    "Propose a revision of the funding plan (four eyes)"),
            op(P + "/suspension", "proposeSuspension", 202,
                    "Propose a suspension (four eyes)"),
            op(P + "/resumption", "resumePlatform", 200,
                    "Resume a suspended platform"),
            op(P + "/installments", "recordInstallment", 201,
                    "Record an installment that arrived"),
            op(P + "/enterprise-contributions", "recordEnterpriseContribution", 201,
                    "Record an enterprise contribution"),
            op(P + "/expenditures", "recordExpenditure", 201,
                    "Record an expenditure"),
            op(P + "/adjustments", "recordAdjustment", 201,
                    "Correct the amount of an earlier entry"),
            op(P + "/recoveries", "recordRecovery", 201,
                    "Record a recovery of funds"),
            op(P + "/decisions", "proposeDecision", 202,
                    "Propose a performance decision (four eyes)"),
            op(P + "/proposals/{proposalId}/approval", "approveProposal", 200,
                    "Approve a pending proposal as a second administrator"),
            op(P + "/proposals/{proposalId}/withdrawal", "withdrawProposal", 200,
                    "Withdraw a pending proposal"),
            op(P + "/acceptance-requests", "requestAcceptance", 201,
                    "Request acceptance of the platform"),
            op(P + "/acceptance-reviews", "reviewAcceptance", 201,
                    "Record the result of the acceptance review"),
            op(P + "/task-book", "setTaskBook", 200,
                    "Set the task book (mandatory indicators)"),
            op(P + "/reports", "submitReport", 201,
                    "Submit a half-yearly report"));

    static final Map<String, ApiDocsConventions.TagText> TAGS = Map.of(
            "platform-command-controller", new ApiDocsConventions.TagText("Platforms",
                    "A platform's life: declaration, approval or rejection, agreements, plan revisions, suspension"),
            "ledger-entry-controller", new ApiDocsConventions.TagText("Ledger entries",
                    "Money in and out: installments, enterprise contributions, expenditures, corrections, recoveries"),
            "decision-controller", new ApiDocsConventions.TagText("Decisions and acceptance",
                    "Performance decisions of the education department, acceptance requests and reviews"),
            "proposal-controller", new ApiDocsConventions.TagText("Proposals",
                    "Four eyes: a second administrator approves (or the first withdraws) a proposed change"),
            "reporting-controller", new ApiDocsConventions.TagText("Task book and reports",
                    "The task book's mandatory indicators and the half-yearly reports"));

    private CommandOperations() {
    }

    /** Every command is a POST. */
    private static Map.Entry<String, ApiDocsConventions.Documented> op(String path, String operationId, int status,
                                                                      String summary) {
        return Map.entry("POST " + path, new ApiDocsConventions.Documented(operationId, summary, status));
    }
}
