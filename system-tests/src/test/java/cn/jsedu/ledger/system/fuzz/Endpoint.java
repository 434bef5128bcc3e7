package cn.jsedu.ledger.system.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One operation a service serves, as its OpenAPI document describes it (or, for the actuator, as the fuzzer's own
 * short list does): the side, method, path template, parameters and request body schema ({@code $ref}s resolved).
 *
 * @param side       which service
 * @param method     GET or POST
 * @param path       the template, e.g. {@code /api/v1/platforms/{platformId}/balances}
 * @param parameters path and query parameters (headers the fuzzer varies on its own)
 * @param body       the request body's JSON schema, or null when the operation takes none
 * @param records    whether a 2xx means events were appended (the command side's POSTs)
 */
record Endpoint(Side side, String method, String path, List<Parameter> parameters, JsonNode body, boolean records) {

    enum Side { COMMAND, QUERY }

    /** A path or query parameter and its schema. */
    record Parameter(String name, boolean inPath, boolean required, JsonNode schema) {
    }

    List<Parameter> pathParameters() {
        return parameters.stream().filter(Parameter::inPath).toList();
    }

    List<Parameter> queryParameters() {
        return parameters.stream().filter(p -> !p.inPath()).toList();
    }

    @Override
    public String toString() {
        return side + " " + method + " " + path;
    }
}
