package cn.jsedu.ledger.console.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the command API answered to a form: the platform's version (and the entry created) on success, else its
 * problem detail as it stands (code, detail and the fields to blame), so the form shows the API's own messages.
 */
public record CommandOutcome(int status, Long version, String entryId, String code, String detail,
                             List<FieldProblem> errors) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record FieldProblem(String field, String message) {
    }

    public static final String UNAVAILABLE = "COMMAND_API_UNAVAILABLE";

    /** The command API's answer to a POST: its version and entry on success, else its problem detail. */
    static CommandOutcome of(int status, String body) {
        JsonNode json;
        try {
            json = body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            json = JSON.createObjectNode();
        }
        if (status >= 200 && status < 300) {
            return new CommandOutcome(status, json.path("version").isNumber() ? json.path("version").asLong() : null,
                    json.path("entryId").asText(null), null, null, List.of());
        }
        List<FieldProblem> errors = new ArrayList<>();
        json.path("errors").forEach(e -> errors.add(new FieldProblem(e.path("field").asText(null),
                e.path("message").asText(""))));
        String detail = json.path("detail").asText(null);
        return new CommandOutcome(status, null, null, json.path("code").asText("HTTP_" + status),
                detail == null ? "HTTP " + status : detail, errors);
    }

    static CommandOutcome unavailable(String detail) {
        return new CommandOutcome(503, null, null, UNAVAILABLE, detail, List.of());
    }

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }

    /** The messages for one form field: errors naming the field itself or a part of it ({@code usage.x}). */
    public List<String> messagesFor(String field) {
        return errors.stream().filter(e -> e.field() != null && (e.field().equals(field) || e.field().endsWith("." + field)))
                .map(FieldProblem::message).toList();
    }
}
