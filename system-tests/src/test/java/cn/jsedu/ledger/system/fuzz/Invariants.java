package cn.jsedu.ledger.system.fuzz;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What must hold for every case, whatever was sent: never a 5xx; every refusal an RFC 9457 problem detail that a
 * strict reader takes, with its status, a stable code and the request's correlation id; nothing recorded for a
 * refused request (no event, no registration, no idempotency key) nor for any read; a request the contract refuses
 * never accepted; an accepted command's events in the store, its answer's version the platform's last event.
 */
final class Invariants {

    private static final Set<String> CODES = Arrays.stream(ErrorCode.values()).map(Enum::name).collect(Collectors.toSet());

    private Invariants() {
    }

    /** What is wrong with this exchange; empty if nothing. */
    static List<String> check(Endpoint endpoint, Request request, Wire.Response response, Store.Mark before,
                              Store.Mark after, Store store) {
        List<String> broken = new ArrayList<>();
        int status = response.status();
        if (status >= 500) {
            broken.add("a " + status);
        }
        if (status >= 400 && !request.method().equals("HEAD") && !actuatorNotFound(request, response)) {
            broken.addAll(problem(response));
        }
        boolean accepted = status >= 200 && status < 300;
        boolean recorded = accepted && endpoint.records() && request.method().equals("POST");
        if (!recorded && !after.equals(before)) {
            broken.add("the store changed for a request that " + (accepted ? "only reads" : "was refused") + ": "
                    + before + " -> " + after + ", events " + store.appendedSince(before));
        }
        if (accepted && request.mustRefuse()) {
            broken.add("accepted, though the contract refuses it: " + request.why());
        }
        if (recorded) {
            Optional<JsonNode> answer = Json.strict(response.body());
            // the aggregate the command changed: a platform, or a programme (ADR 0019)
            String platformId = answer.map(a -> a.path("platformId").asText(null))
                    .or(() -> answer.map(a -> a.path("programmeId").asText(null))).orElse(null);
            if (after.lastEvent() <= before.lastEvent()) {
                broken.add("accepted with no event appended");
            } else if (platformId == null) {
                broken.add("accepted without naming its platform or programme");
            } else {
                long version = answer.get().path("version").asLong(-1);
                long last = store.lastSequenceOf(platformId);
                if (version != last) {
                    broken.add("answered version " + version + " but the aggregate's last event is " + last);
                }
                if (!store.appendedSince(before).keySet().equals(Set.of(platformId))) {
                    broken.add("events appended to other aggregates: " + store.appendedSince(before));
                }
            }
        }
        return broken;
    }

    /**
     * Known and left alone (reported): the actuator answers an absent resource (an unknown health component, the
     * bill of materials of a build that made none) with its own bare 404, no body at all, bypassing the ledger's
     * problem details. It tells nothing and records nothing; anything else from the actuator is checked as usual.
     */
    static boolean actuatorNotFound(Request request, Wire.Response response) {
        return request.target().startsWith("/actuator/") && response.status() == 404 && response.body().length == 0;
    }

    private static List<String> problem(Wire.Response response) {
        List<String> broken = new ArrayList<>();
        String type = response.header("Content-Type");
        if (type == null || !type.startsWith("application/problem+json")) {
            broken.add("a refusal that is not application/problem+json but " + type);
        }
        Optional<JsonNode> problem = Json.strict(response.body());
        if (problem.isEmpty() || !problem.get().isObject()) {
            broken.add("a refusal whose body a strict reader does not take as a JSON object");
            return broken;
        }
        JsonNode body = problem.get();
        String text = firstBadText(body);
        if (text != null) {
            broken.add("a problem with text a strict reader refuses: " + text);
        }
        if (body.path("status").asInt(-1) != response.status()) {
            broken.add("a problem whose status " + body.path("status") + " is not the response's");
        }
        if (!CODES.contains(body.path("code").asText(""))) {
            broken.add("a problem without a known code: " + body.path("code"));
        }
        String correlationId = body.path("correlationId").asText("");
        if (correlationId.isBlank() || !correlationId.equals(response.header("X-Correlation-Id"))) {
            broken.add("a problem without the request's correlation id: " + body.path("correlationId") + " vs header "
                    + response.header("X-Correlation-Id"));
        }
        return broken;
    }

    private static String firstBadText(JsonNode node) {
        if (node.isTextual()) {
            return Contract.textProblem(node.asText(), true) == null ? null : Json.quote(node.asText());
        }
        for (Iterator<java.util.Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            var field = fields.next();
            if (Contract.textProblem(field.getKey(), false) != null) {
                return Json.quote(field.getKey());
            }
            String bad = firstBadText(field.getValue());
            if (bad != null) {
                return bad;
            }
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                String bad = firstBadText(item);
                if (bad != null) {
                    return bad;
                }
            }
        }
        return null;
    }
}
