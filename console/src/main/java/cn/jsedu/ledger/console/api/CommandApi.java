package cn.jsedu.ledger.console.api;

import cn.jsedu.ledger.console.api.view.PermittedCommandsView;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/**
 * The command API as the console uses it: the user's commands, sent server to server as the signed-in user (HTTP
 * Basic with the credentials kept in the session) with the form's Idempotency-Key, so the command side applies
 * exactly the rules, permissions and idempotency it applies to any other client; and which commands the user may
 * send, as the command side's own access policy answers it.
 */
public class CommandApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServiceApi api;

    public CommandApi(ServiceApi api) {
        this.api = api;
    }

    /** POSTs {@code body} as JSON to {@code path} (e.g. /api/v1/platforms/X/installments). */
    public CommandOutcome post(String path, Object body, String idempotencyKey, ApiCall call) {
        try {
            ServiceApi.Answer answer = api.post(path, body, idempotencyKey, call);
            return CommandOutcome.of(answer.status(), answer.body());
        } catch (ApiProblem unreachable) {
            return CommandOutcome.unavailable(unreachable.detail());
        }
    }

    /**
     * Uploads a file of entries to {@code path} (e.g. /api/v1/platforms/X/imports/installments, ADR 0024): the command
     * API's answer as it is, the import's summary or its problem listing every row's error.
     */
    public ServiceApi.Answer importFile(String path, byte[] file, ApiCall call) {
        return api.postFile(path, file, call);
    }

    /**
     * Uploads an evidence document to the platform (ADR 0021): its SHA-256, which a command cites in
     * {@code documents[]}, or the API's refusal (a type it does not take, too large, another college's platform).
     */
    public DocumentUpload uploadDocument(String platformId, String fileName, byte[] content, ApiCall call) {
        ServiceApi.Answer answer = api.postFile(b -> b.path("/api/v1/platforms/{id}/documents")
                .queryParam("fileName", "{name}").build(platformId, fileName), content, call);
        if (answer.status() == 201) {
            try {
                String sha256 = JSON.readTree(answer.body()).path("sha256").asText(null);
                if (sha256 != null) {
                    return new DocumentUpload(sha256, null);
                }
            } catch (IOException e) {
                // not JSON: answered below as a bad answer
            }
            return new DocumentUpload(null, CommandOutcome.of(502, "{\"code\":\"BAD_ANSWER\"}"));
        }
        return new DocumentUpload(null, CommandOutcome.of(answer.status(), answer.body()));
    }

    /** A stored document's hash, or why it was not stored. */
    public record DocumentUpload(String sha256, CommandOutcome refusal) {
    }

    /** How far an upload named {@code progressId} has come (ADR 0024), the command API's JSON as it is. */
    public String importProgress(String platformId, String progressId, ApiCall call) {
        return api.get(b -> b.path("/api/v1/platforms/{id}/imports/progress/{progressId}").build(platformId,
                progressId), String.class, call);
    }

    /** The platform's commands the user may send, decided by the command side from its access policy. */
    public PermittedCommandsView permitted(String platformId, ApiCall call) {
        return api.get(b -> b.path("/api/v1/platforms/{id}/permitted-commands").build(platformId),
                PermittedCommandsView.class, call);
    }
}
