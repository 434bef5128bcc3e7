package cn.jsedu.ledger.console.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/**
 * A read the API refused or could not answer: its status and its problem detail's stable {@code code} and
 * {@code detail}, as the service said them. The console's pages turn it into their own error page (another
 * college's platform: the API's 404; a role that may not read: its 403; a read model catching up: its 503).
 */
public class ApiProblem extends RuntimeException {

    /** The API did not answer at all (connection refused, timed out). */
    public static final String UNAVAILABLE = "API_UNAVAILABLE";
    /** The query side's code for a {@code minVersion} it has not reached in time. */
    public static final String READ_MODEL_BEHIND = "READ_MODEL_BEHIND";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final String code;

    public ApiProblem(int status, String code, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
    }

    /** From an answer that is not a success: its problem detail, or the bare status if the body is not one. */
    static ApiProblem of(int status, String body) {
        JsonNode json;
        try {
            json = body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            json = JSON.createObjectNode();
        }
        return new ApiProblem(status, json.path("code").asText("HTTP_" + status), json.path("detail").asText("HTTP " + status));
    }

    static ApiProblem unavailable(String service, Exception cause) {
        return new ApiProblem(503, UNAVAILABLE, "the " + service + " is not reachable: " + cause.getMessage());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }
}
