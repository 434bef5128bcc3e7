package cn.jsedu.ledger.system.fuzz;

import cn.jsedu.ledger.command.security.CommandAccessPolicy;
import cn.jsedu.ledger.kernel.role.Role;
import cn.jsedu.ledger.query.security.QueryAccessPolicy;
import cn.jsedu.ledger.support.security.AccessPolicy;
import cn.jsedu.ledger.support.security.AccessRule;
import cn.jsedu.ledger.system.Commands;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A valid request for each endpoint against the {@link Stage}: path values, query parameters, body and a user whose
 * role the side's access policy admits, so that a fuzz case that changes one thing starts from something the
 * ledger would take. Endpoints the fuzzer knows get a body that passes the domain's rules; any other (a new one)
 * gets a body made from its schema and values made from its parameters' names and types.
 */
final class Examples {

    /** The valid request: its target platform (or null), path and query values, body (or null) and user. */
    record Example(String platformId, Map<String, String> pathValues, Map<String, String> query, ObjectNode body,
                   Caller caller) {
    }

    private final Stage stage;

    Examples(Stage stage) {
        this.stage = stage;
    }

    Example of(Endpoint endpoint, int pick) {
        String target = targetOf(endpoint, pick);
        Map<String, String> path = new LinkedHashMap<>();
        for (Endpoint.Parameter parameter : endpoint.pathParameters()) {
            path.put(parameter.name(), pathValue(parameter, target, pick));
        }
        Map<String, String> query = new LinkedHashMap<>();
        for (Endpoint.Parameter parameter : endpoint.queryParameters()) {
            // optional parameters are left out now and then: absent is valid too
            if (parameter.required() || (pick + parameter.name().length()) % 3 != 0) {
                query.put(parameter.name(), queryValue(parameter, target, pick));
            }
        }
        Stage.Platform platform = platformWithId(target);
        String concrete = concretePath(endpoint.path(), path);
        Caller caller = permittedCaller(endpoint, concrete, platform, pick);
        ObjectNode body = endpoint.body() == null ? null : body(endpoint, caller, pick);
        if (endpoint.path().equals("/api/v1/platforms") && endpoint.method().equals("POST")) {
            // a college officer declares for its own college: the example's college is the caller's
            String college = caller.role() == Role.COLLEGE_OFFICER
                    ? caller.user().substring("college-".length()) : stage.freshCollege();
            body = declaration(college);
            if (caller.role() == Role.COLLEGE_OFFICER) {
                caller = Caller.of("college-" + college, Role.COLLEGE_OFFICER);
            }
        }
        return new Example(target, path, query, body, caller);
    }

    static String concretePath(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    static AccessPolicy policyOf(Endpoint endpoint) {
        return endpoint.side() == Endpoint.Side.COMMAND ? CommandAccessPolicy.POLICY : QueryAccessPolicy.POLICY;
    }

    /** Whom the policy admits here; none for the open endpoints (health, info). */
    static Optional<AccessRule> ruleOf(Endpoint endpoint, String concretePath) {
        return policyOf(endpoint).ruleFor(endpoint.method(), concretePath);
    }

    private Caller permittedCaller(Endpoint endpoint, String concrete, Stage.Platform platform, int pick) {
        Optional<AccessRule> rule = ruleOf(endpoint, concrete);
        if (rule.isEmpty()) {
            return Caller.ANONYMOUS;
        }
        List<Role> roles = new ArrayList<>(rule.get().roles());
        if (endpoint.path().contains("/proposals/")) {
            // four eyes: the stage's proposals are admin1's, so admin2 approves; admin1 now and then, to be refused
            return pick % 5 == 0 ? Caller.of("admin1", Role.PROVINCE_ADMIN) : Caller.of("admin2", Role.PROVINCE_ADMIN);
        }
        Role role = roles.get(Math.floorMod(pick, roles.size()));
        return Caller.forRole(role, platform == null ? stage.active : platform, pick);
    }

    private String targetOf(Endpoint endpoint, int pick) {
        if (endpoint.pathParameters().isEmpty()) {
            return null;
        }
        String path = endpoint.path();
        if (path.endsWith("/approval") && !path.contains("/proposals/") || path.endsWith("/rejection")) {
            return stage.declared.id();
        }
        if (path.endsWith("/resumption")) {
            return stage.suspended.id();
        }
        if (path.endsWith("/acceptance-requests")) {
            return stage.approvedForAcceptance.id();
        }
        if (path.endsWith("/acceptance-reviews")) {
            return stage.underReview.id();
        }
        if (path.contains("/proposals/")) {
            return stage.pendingProposal.platformId();
        }
        if (endpoint.side() == Endpoint.Side.QUERY && pick % 4 == 3) {
            return stage.declared.id();
        }
        return stage.active.id();
    }

    private Stage.Platform platformWithId(String id) {
        for (Stage.Platform platform : List.of(stage.active, stage.declared, stage.suspended,
                stage.approvedForAcceptance, stage.underReview)) {
            if (platform.id().equals(id)) {
                return platform;
            }
        }
        return id == null ? null : stage.active;
    }

    private String pathValue(Endpoint.Parameter parameter, String target, int pick) {
        return switch (parameter.name()) {
            case "platformId", "id" -> target;
            case "proposalId" -> stage.pendingProposal.id();
            case "format" -> pick % 2 == 0 ? "csv" : "xlsx";
            case "counter" -> "1";
            default -> simpleValue(parameter.schema(), pick);
        };
    }

    private String queryValue(Endpoint.Parameter parameter, String target, int pick) {
        return switch (parameter.name()) {
            case "minVersion", "atVersion" -> Integer.toString(pick % 3);
            case "asOf" -> "2021-06-30";
            case "knownAt" -> "2025-01-01T00:00:00Z";
            case "page" -> "0";
            case "size" -> "20";
            case "batch" -> "2";
            case "college" -> platformWithId(target == null ? stage.active.id() : target).college();
            case "checkpoint" -> "1";
            case "period" -> pick % 2 == 0 ? "2021" : "2021H1";
            default -> simpleValue(parameter.schema(), pick);
        };
    }

    private static String simpleValue(JsonNode schema, int pick) {
        if (schema.has("enum")) {
            return schema.get("enum").get(Math.floorMod(pick, schema.get("enum").size())).asText();
        }
        return switch (schema.path("type").asText()) {
            case "integer" -> "1";
            case "boolean" -> "true";
            default -> switch (schema.path("format").asText()) {
                case "date" -> "2021-06-30";
                case "date-time" -> "2025-01-01T00:00:00Z";
                default -> "FZ-1";
            };
        };
    }

    private ObjectNode body(Endpoint endpoint, Caller caller, int pick) {
        String p = endpoint.path();
        String n = Long.toString(stage.serial());
        String tail = p.substring(p.lastIndexOf('/') + 1);
        boolean finance = caller.role() == Role.FINANCE_OFFICER;
        String json = switch (tail) {
            case "approval" -> p.contains("/proposals/") ? "{}"
                    : "{\"batch\":2,\"constructionStart\":\"2020-03-01\",\"decisionRef\":\"\u82cf\u6559\u804c-FZ-" + n + "\"}";
            case "rejection", "suspension", "resumption" ->
                    "{\"reason\":\"\u6a21\u7cca\u6d4b\u8bd5\",\"decisionRef\":\"FZ-" + n + "\"}";
            case "withdrawal" -> "{\"reason\":\"\u64a4\u56de\"}";
            case "agreements" -> "{\"agreementId\":\"FZ-A-" + n + "\",\"signedOn\":\"2020-03-15\",\"termsRef\":\"FZ\","
                    + "\"parties\":[{\"partyId\":\"E1\",\"name\":\"\u7532\u4f01\u4e1a\",\"creditCode\":\"" + Commands.E1_CODE
                    + "\",\"role\":\"ENTERPRISE\"}],"
                    + "\"pledges\":[{\"partyId\":\"E1\",\"source\":\"ENTERPRISE\",\"form\":\"CASH\",\"amount\":\"1000.00\"}]}";
            case "installments" -> "{\"entryId\":\"FZ-I-" + n + "\",\"source\":\"" + (finance ? "PROVINCIAL_FINANCE" : "COLLEGE")
                    + "\",\"form\":\"CASH\",\"amount\":\"100.00\",\"effectiveDate\":\"2020-05-01\",\"voucherRef\":\"\u51ed\u8bc1-" + n + "\"}";
            case "enterprise-contributions" -> "{\"entryId\":\"FZ-C-" + n + "\",\"partyId\":\"E1\",\"form\":\"CASH\","
                    + "\"amount\":\"100.00\",\"effectiveDate\":\"2020-05-02\",\"voucherRef\":\"FZ-" + n + "\"}";
            case "expenditures" -> "{\"entryId\":\"FZ-X-" + n + "\",\"category\":\"OTHER\",\"chargedSource\":\"COLLEGE\","
                    + "\"amount\":\"1.00\",\"effectiveDate\":\"2020-06-01\",\"voucherRef\":\"FZ-" + n + "\"}";
            case "adjustments" -> "{\"entryId\":\"FZ-K-" + n + "\",\"originalEntryId\":\"" + (finance ? "FZ-PROV-1" : "FZ-COLL-1")
                    + "\",\"correctedAmount\":\"" + (4_000_000 + Long.parseLong(n) % 999_999) + ".00\",\"reason\":\"\u66f4\u6b63\"}";
            case "recoveries" -> "{\"entryId\":\"FZ-R-" + n + "\",\"source\":\"" + (finance ? "PROVINCIAL_FINANCE" : "COLLEGE")
                    + "\",\"amount\":\"1.00\",\"effectiveDate\":\"2021-01-01\",\"reason\":\"\u8ffd\u56de\",\"decisionRef\":\"FZ-" + n + "\"}";
            case "plan-revisions" -> "{\"reason\":\"\u8c03\u6574\",\"decisionRef\":\"FZ-" + n + "\",\"plan\":["
                    + "{\"source\":\"PROVINCIAL_FINANCE\",\"year\":2020,\"amount\":\"10000000.00\"},"
                    + "{\"source\":\"ENTERPRISE\",\"partyId\":\"E1\",\"year\":2020,\"amount\":\"10000000.00\"},"
                    + "{\"source\":\"COLLEGE\",\"year\":2021,\"amount\":\"10000000.00\"}]}";
            case "decisions" -> "{\"type\":\"" + (pick % 2 == 0 ? "REWARD" : "REDUCE_SUPPORT") + "\",\"amount\":\"1000.00\","
                    + "\"basis\":\"\u7ee9\u6548\",\"decisionRef\":\"FZ-" + n + "\",\"decidedOn\":\"2022-06-01\"}";
            case "provincial-allocations" -> "{\"allocationId\":\"FZ-AL-" + n + "\",\"amount\":\"100.00\","
                    + "\"allocatedOn\":\"2020-05-01\",\"documentNumber\":\"FZ-" + n + "\"}";
            case "acceptance-requests" -> "{\"requestedOn\":\"2023-06-01\"}";
            case "acceptance-reviews" -> "{\"result\":\"" + (pick % 2 == 0 ? "PASSED" : "EXCELLENT")
                    + "\",\"reviewedOn\":\"2023-07-01\",\"panel\":\"\u4e13\u5bb6\u7ec4\",\"remarks\":\"FZ\"}";
            case "task-book" -> "{\"decisionRef\":\"FZ-" + n + "\",\"targets\":["
                    + "{\"code\":\"T1-CORE-MODULES\",\"value\":\"10\"},{\"code\":\"T2-PRACTICE-POSITIONS\",\"value\":\"200\"},"
                    + "{\"code\":\"T3-INDUSTRY-MENTORS\",\"value\":\"30\"},{\"code\":\"T4-MODULAR-COURSES\",\"value\":\"12\"},"
                    + "{\"code\":\"T5-FOUR-TECH-REVENUE\",\"value\":\"1500000.00\"},{\"code\":\"T6-CREDIT-BANK\",\"value\":\"true\"},"
                    + "{\"code\":\"T7-INDUSTRY-COLLEGES\",\"value\":\"1\"}]}";
            case "reports" -> "{\"period\":\"2020H2\",\"usage\":{\"workstationsTotal\":300,\"workstationsOffered\":100,"
                    + "\"trainingPersonTimes\":1200,\"studentPracticeHours\":5000},"
                    + "\"indicators\":[{\"code\":\"T1-CORE-MODULES\",\"value\":\"4\"}],"
                    + "\"equipment\":[{\"item\":\"\u52a0\u5de5\u4e2d\u5fc3\",\"quantity\":1,\"value\":\"1200.00\","
                    + "\"source\":\"COLLEGE\",\"change\":\"ACQUIRED\",\"date\":\"2020-08-01\"}]}";
            default -> null;
        };
        if (json == null) {
            // a body the schema does not make an object (an endpoint that takes none, e.g. a confirmation): {}
            return fromSchema(endpoint.body(), n) instanceof ObjectNode object ? object : Json.PLAIN.createObjectNode();
        }
        try {
            return (ObjectNode) Json.PLAIN.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode declaration(String college) {
        String json = """
                {"platformId":"%s","college":{"code":"%s","name":"\u6a21\u7cca\u6d4b\u8bd5\u5b66\u9662"},"majorGroup":"\u667a\u80fd\u5236\u9020",
                 "industry":"\u88c5\u5907","title":"\u5e73\u53f0",
                 "enterprises":[{"partyId":"E1","name":"\u7532","creditCode":"%s"}],
                 "plan":[{"source":"PROVINCIAL_FINANCE","year":2020,"amount":"10000000.00"},
                         {"source":"ENTERPRISE","partyId":"E1","year":2020,"amount":"10000000.00"},
                         {"source":"COLLEGE","year":2021,"amount":"10000000.00"}]}"""
                .formatted(stage.freshPlatformId(), college, Commands.E1_CODE);
        try {
            return (ObjectNode) Json.PLAIN.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A body that keeps the schema: its required fields, each with the simplest value its schema takes. */
    static JsonNode fromSchema(JsonNode schema, String n) {
        switch (schema.path("type").asText()) {
            case "object" -> {
                ObjectNode object = Json.PLAIN.createObjectNode();
                for (JsonNode name : schema.path("required")) {
                    object.set(name.asText(), fromSchema(schema.path("properties").path(name.asText()), n));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = Json.PLAIN.createArrayNode();
                if (schema.path("minItems").asInt(0) > 0) {
                    array.add(fromSchema(schema.path("items"), n));
                }
                return array;
            }
            case "integer" -> {
                return Json.PLAIN.getNodeFactory().numberNode(schema.path("minimum").asLong(1));
            }
            case "boolean" -> {
                return Json.PLAIN.getNodeFactory().booleanNode(true);
            }
            default -> {
                if (schema.has("enum")) {
                    return schema.get("enum").get(0);
                }
                String pattern = schema.path("pattern").asText("");
                String format = schema.path("format").asText("");
                String text = format.equals("date") ? "2021-06-30"
                        : pattern.contains("\\.[0-9]") ? "1.00"
                        : pattern.contains("H[12]") ? "2020H2"
                        : pattern.isEmpty() ? "FZ " + n : "FZ-" + n;
                return Json.PLAIN.getNodeFactory().textNode(text);
            }
        }
    }
}
