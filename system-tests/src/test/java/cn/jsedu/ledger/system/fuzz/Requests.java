package cn.jsedu.ledger.system.fuzz;

import cn.jsedu.ledger.kernel.role.Role;
import cn.jsedu.ledger.support.security.AccessRule;
import cn.jsedu.ledger.system.LedgerSystem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Turns a {@link FuzzCase} into the {@link Request} it stands for on the current {@link Stage}: the endpoint's valid
 * example with the one hostile change, and the contract's verdict on the result (must it be refused?).
 */
final class Requests {

    /** The command side reads no body above this (CommandApiSettings, 256 KiB); a larger one is refused unread. */
    static final int BODY_LIMIT = 262_144;

    /** Endpoints whose accepted request costs more than a fuzz case may: only refused requests go to them. */
    private static final Set<String> ONLY_REFUSED = Set.of("/api/v1/admin/read-models/rebuild");

    static final List<String> CONTENT_TYPES = List.of("", "text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1",
            "application/json; charset=UTF-16", "application/json;charset=utf-8", "APPLICATION/JSON", "application/jsonx",
            "application/problem+json", "application/merge-patch+json", "*/*", "application/*", "application", ";;;",
            "application/json; charset=\"utf-8\"; q", "text/json", "application/json\u00e9", "application/json\u0000",
            "application/json; charset=nonsense", "application/json, text/plain");

    static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE",
            "CONNECT", "FOO", "get", "post", "PROPFIND", "M-SEARCH", "POST\u0000");

    static final List<String> RAW_IDS = List.of("..", ".", "%2e%2e", "%2E", "%2F", "a%2Fb", "..%2F..%2Factuator",
            "%5C", "a%5Cb", "%00", "a%00b", "%zz", "%E6", "%ED%A0%80", "%EF%BF%BF", "%C2%85", "%", "a;b", "a%3Bb",
            "%20", "+", "a+b", "%25", "%2525", "%u0041", "*", "~", "a?b=1", "a#b", "%F0%9F%98%80", "%EF%BC%AA%EF%BC%B3",
            "%C0%AE%C0%AE", "%FF", "%0D%0A", "%09");

    static final List<String> HEADERS = List.of("Idempotency-Key", "X-Correlation-Id", "X-Ledger-Relay-Key",
            "X-Ledger-Client-Address", "Accept", "Accept-Charset", "Accept-Language", "User-Agent", "Origin", "Referer",
            "Cookie", "X-Forwarded-For", "X-Forwarded-Host", "Forwarded", "Range", "If-None-Match", "Content-Encoding",
            "X-Http-Method-Override", "X-Fuzz", "Expect", "Host", "X Fuzz", "X-F\u00fczz");

    private final Stage stage;
    private final Examples examples;
    private final Predicate<String> platformExists;

    Requests(Stage stage, Predicate<String> platformExists) {
        this.stage = stage;
        this.examples = new Examples(stage);
        this.platformExists = platformExists;
    }

    Request of(FuzzCase fuzz) {
        Endpoint endpoint = fuzz.endpoint();
        Examples.Example example = examples.of(endpoint, fuzz.pick());
        Draft draft = new Draft(endpoint, example);
        switch (fuzz.aspect()) {
            case VALID -> { }
            case FIELD -> field(draft, fuzz);
            case STRUCTURE -> structure(draft, fuzz);
            case CONTENT_TYPE -> contentType(draft, fuzz);
            case METHOD -> method(draft, fuzz);
            case PATH -> path(draft, fuzz);
            case QUERY -> query(draft, fuzz);
            case HEADER -> header(draft, fuzz);
            case CALLER -> caller(draft, fuzz);
        }
        if (ONLY_REFUSED.contains(endpoint.path()) && !draft.mustRefuse()) {
            draft.caller = Caller.of("auditor", Role.AUDITOR);
            draft.refuse("rebuilds are left to RebuildIT: sent by a role that may not");
        }
        if (endpoint.records() && draft.method.equals("POST") && fuzz.pick() % 2 == 0
                && draft.headers.stream().noneMatch(h -> h.name().equalsIgnoreCase("Idempotency-Key"))) {
            draft.headers.add(new Request.Header("Idempotency-Key", "FZ-" + stage.run + "-" + stage.serial()));
        }
        return draft.build();
    }

    /** A request being made: starts as the valid example. */
    private final class Draft {
        final Endpoint endpoint;
        final Examples.Example example;
        String method;
        final Map<String, String> pathValues;
        final Map<String, String> rawPathValues = new java.util.LinkedHashMap<>();
        String pathSuffix = "";
        final List<String[]> query = new ArrayList<>();
        String rawQuery;
        final List<Request.Header> headers = new ArrayList<>();
        ObjectNode json;
        byte[] body;
        boolean bodyReplaced;
        Caller caller;
        final List<String> reasons = new ArrayList<>();
        boolean judgeBody = true;

        Draft(Endpoint endpoint, Examples.Example example) {
            this.endpoint = endpoint;
            this.example = example;
            this.method = endpoint.method();
            this.pathValues = new java.util.LinkedHashMap<>(example.pathValues());
            example.query().forEach((name, value) -> query.add(new String[]{name, value}));
            this.json = example.body() == null ? null : example.body().deepCopy();
            this.caller = example.caller();
            if (json != null) {
                headers.add(new Request.Header("Content-Type", "application/json"));
            }
        }

        void refuse(String reason) {
            reasons.add(reason);
        }

        boolean mustRefuse() {
            return !reasons.isEmpty();
        }

        Request build() {
            byte[] bytes = bodyReplaced ? body : json == null ? null : Json.write(json).getBytes(StandardCharsets.UTF_8);
            if (bytes != null && endpoint.body() != null && judgeBody) {
                List<String> broken = Contract.body(endpoint.body(), bytes);
                if (!broken.isEmpty()) {
                    refuse(String.join("; ", broken.subList(0, Math.min(3, broken.size()))));
                }
            }
            if (bytes != null && endpoint.side() == Endpoint.Side.COMMAND && bytes.length > BODY_LIMIT
                    && endpoint.body() != null) {
                refuse("body over " + BODY_LIMIT + " bytes");
            }
            StringBuilder target = new StringBuilder();
            String template = endpoint.path();
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                String raw = rawPathValues.getOrDefault(value.getKey(), encode(value.getValue()));
                template = template.replace("{" + value.getKey() + "}", raw);
            }
            target.append(template).append(pathSuffix);
            if (rawQuery != null) {
                target.append('?').append(rawQuery);
            } else if (!query.isEmpty()) {
                target.append('?').append(query.stream().map(q -> encode(q[0]) + "=" + encode(q[1]))
                        .collect(Collectors.joining("&")));
            }
            String platformId = example.platformId();
            String college = null;
            if (endpoint.path().equals("/api/v1/platforms") && endpoint.method().equals("POST") && bytes != null) {
                Optional<JsonNode> sent = Json.strict(bytes);
                platformId = sent.map(b -> b.path("platformId").asText(null)).orElse(null);
                college = sent.map(b -> b.path("college").path("code").asText(null)).orElse(null);
            }
            return new Request(method, target.toString(), List.copyOf(headers), bytes, caller, mustRefuse(),
                    String.join("; ", reasons), platformId, college);
        }
    }

    // ---- FIELD: one field of the valid body

    private void field(Draft draft, FuzzCase fuzz) {
        if (draft.json == null) {
            query(draft, fuzz);
            return;
        }
        List<String> pointers = Json.pointers(draft.json);
        if (pointers.isEmpty()) {
            draft.json.set(fuzz.text().isEmpty() ? "x" : fuzz.text(), Json.raw(fuzz.token()));
            return;
        }
        String pointer = pointers.get(Math.floorMod(fuzz.where(), pointers.size()));
        JsonNode parent = Json.parentOf(draft.json, pointer);
        String name = Json.lastSegment(pointer);
        JsonNode current = draft.json.at(pointer);
        JsonNode replacement = switch (Math.floorMod(fuzz.variant(), 5)) {
            case 0 -> Json.raw(fuzz.token());
            case 1 -> Json.PLAIN.getNodeFactory().textNode(fuzz.text());
            case 2 -> null; // removed
            case 3 -> Json.PLAIN.getNodeFactory().textNode(splice(current.isTextual() ? current.asText() : "", fuzz));
            default -> Json.raw(current.isTextual() ? Json.quote(current.asText().toLowerCase(Locale.ROOT)) : "null");
        };
        if (parent instanceof ObjectNode object) {
            if (replacement == null) {
                object.remove(name);
            } else {
                object.set(name, replacement);
            }
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(name);
            if (replacement == null) {
                array.remove(index);
            } else {
                array.set(index, replacement);
            }
        }
    }

    private static String splice(String original, FuzzCase fuzz) {
        int at = original.isEmpty() ? 0 : Math.floorMod(fuzz.where(), original.length() + 1);
        return original.substring(0, at) + fuzz.text() + original.substring(at);
    }

    // ---- STRUCTURE: the body as a whole

    private void structure(Draft draft, FuzzCase fuzz) {
        if (draft.json == null) {
            // no body expected: send one anyway (the endpoint must ignore or refuse it, never choke on it)
            draft.headers.add(new Request.Header("Content-Type", "application/json"));
            draft.body = fuzz.token().getBytes(StandardCharsets.UTF_8);
            draft.bodyReplaced = true;
            return;
        }
        String text = Json.write(draft.json);
        String firstKey = draft.json.fieldNames().hasNext() ? draft.json.fieldNames().next() : "x";
        int variant = Math.floorMod(fuzz.variant(), 13);
        switch (variant) {
            case 0 -> replaceBody(draft, "{" + Json.quote(firstKey) + ":" + fuzz.token() + "," + text.substring(1));
            case 1 -> {
                ObjectNode target = objectAt(draft.json, fuzz.where());
                target.set(fuzz.text(), Json.raw(fuzz.token()));
            }
            case 2 -> {
                int depth = List.of(31, 33, 100, 1_000, 5_000).get(Math.floorMod(fuzz.where(), 5));
                replaceBody(draft, fuzz.where() % 2 == 0 ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
            }
            case 3 -> replaceBody(draft, fuzz.token());
            case 4 -> replaceBody(draft, "");
            case 5 -> replaceBody(draft, text.substring(0, Math.floorMod(fuzz.where(), text.length())));
            case 6 -> replaceBody(draft, text + List.of("}", " {}", "x", "\u0000", " // c", ",", "\n\n{\"a\":1}", "\ufeff")
                    .get(Math.floorMod(fuzz.where(), 8)));
            case 7 -> {
                // whitespace is JSON: a body over the limit made of it, or one just under
                int size = fuzz.where() % 2 == 0 ? BODY_LIMIT + 1 + Math.floorMod(fuzz.where(), 300_000) : BODY_LIMIT - text.length() - 10;
                replaceBody(draft, "{" + " ".repeat(Math.max(0, size)) + text.substring(1));
            }
            case 8 -> {
                // a long value in a free-text field: under the body limit, over any field's own
                String unit = List.of("a", "\u6d4b", "\ud83d\ude00").get(Math.floorMod(fuzz.where(), 3));
                int count = List.of(1_001, 60_000, 100_001).get(Math.floorMod(fuzz.variant() / 13, 3));
                setFirstFreeText(draft, unit.repeat(count));
            }
            case 9 -> growArray(draft, fuzz.where());
            case 10 -> {
                // bytes that are not UTF-8 inside a string: a stray continuation byte, an overlong form, CESU
                byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        {(byte) 0xC0, (byte) 0xAE}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                int quote = text.indexOf('"', 1 + text.indexOf(':'));
                int at = quote < 0 ? 1 : text.substring(0, quote + 1).getBytes(StandardCharsets.UTF_8).length;
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(utf8, 0, at);
                out.writeBytes(bad[Math.floorMod(fuzz.where(), bad.length)]);
                out.write(utf8, at, utf8.length - at);
                draft.body = out.toByteArray();
                draft.bodyReplaced = true;
            }
            case 11 -> {
                // other encodings of the same JSON: the contract asks for UTF-8, a server may guess
                draft.body = switch (Math.floorMod(fuzz.where(), 4)) {
                    case 0 -> text.getBytes(StandardCharsets.UTF_16BE);
                    case 1 -> text.getBytes(StandardCharsets.UTF_16LE);
                    case 2 -> text.getBytes(StandardCharsets.UTF_16);
                    default -> ("\ufeff" + text).getBytes(StandardCharsets.UTF_8);
                };
                draft.bodyReplaced = true;
                draft.judgeBody = false; // no verdict: whether a server reads a BOM or UTF-16 is its own choice
            }
            default -> {
                // JSON5 and other dialects a strict reader refuses
                String dialect = switch (Math.floorMod(fuzz.where(), 6)) {
                    case 0 -> text.replaceFirst("\"" + java.util.regex.Pattern.quote(firstKey) + "\"", "'" + firstKey + "'");
                    case 1 -> text.replaceFirst("\"" + java.util.regex.Pattern.quote(firstKey) + "\"", firstKey);
                    case 2 -> "/* c */" + text;
                    case 3 -> text.substring(0, text.length() - 1) + ",}";
                    case 4 -> text.replaceFirst(":\"", ":NaN,\"x\":\"");
                    default -> text.replaceFirst(":(\\d)", ":0$1");
                };
                replaceBody(draft, dialect);
            }
        }
    }

    private static void replaceBody(Draft draft, String text) {
        draft.body = text.getBytes(StandardCharsets.UTF_8);
        draft.bodyReplaced = true;
    }

    private static ObjectNode objectAt(ObjectNode root, int where) {
        List<ObjectNode> objects = new ArrayList<>();
        objects.add(root);
        for (String pointer : Json.pointers(root)) {
            if (root.at(pointer) instanceof ObjectNode object) {
                objects.add(object);
            }
        }
        return objects.get(Math.floorMod(where, objects.size()));
    }

    private static void setFirstFreeText(Draft draft, String text) {
        JsonNode schema = draft.endpoint.body();
        for (String pointer : Json.pointers(draft.json)) {
            JsonNode node = draft.json.at(pointer);
            if (node.isTextual() && Json.parentOf(draft.json, pointer) instanceof ObjectNode parent && parent == draft.json) {
                JsonNode property = schema.path("properties").path(Json.lastSegment(pointer));
                if (!property.has("pattern") && !property.has("enum") && !property.has("format")) {
                    parent.put(Json.lastSegment(pointer), text);
                    return;
                }
            }
        }
        draft.json.put("remarks", text);
    }

    private static void growArray(Draft draft, int where) {
        for (String pointer : Json.pointers(draft.json)) {
            if (draft.json.at(pointer) instanceof ArrayNode array && !array.isEmpty()) {
                int copies = List.of(2, 49, 51, 201, 501, 1_001).get(Math.floorMod(where, 6));
                JsonNode item = array.get(0);
                for (int i = 0; i < copies; i++) {
                    array.add(item.deepCopy());
                }
                return;
            }
        }
        draft.json.putArray("items").add(1);
    }

    // ---- CONTENT_TYPE

    private void contentType(Draft draft, FuzzCase fuzz) {
        String type = CONTENT_TYPES.get(Math.floorMod(fuzz.variant(), CONTENT_TYPES.size()));
        draft.headers.removeIf(h -> h.name().equals("Content-Type"));
        if (!type.isEmpty()) {
            draft.headers.add(new Request.Header("Content-Type", type));
        }
        if (draft.json == null) {
            // a body-less endpoint ignores the type; give it a body to ignore too, now and then
            if (fuzz.where() % 2 == 0) {
                replaceBody(draft, "{}");
            }
            if (hasControls(type)) {
                draft.refuse("Content-Type has control characters");
            }
            return;
        }
        String media = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (hasBadHeaderText(type)) {
            draft.refuse("Content-Type is not text");
        } else if (!media.endsWith("json")) {
            draft.refuse("Content-Type " + (type.isEmpty() ? "missing" : type) + " is not JSON");
        }
    }

    // ---- METHOD

    private void method(Draft draft, FuzzCase fuzz) {
        String method = METHODS.get(Math.floorMod(fuzz.variant(), METHODS.size()));
        draft.method = method;
        Set<String> documented = ApiEndpoints.methodsOf(draft.endpoint);
        boolean headOfGet = method.equals("HEAD") && documented.contains("GET");
        if (!documented.contains(method) && !headOfGet && !method.equals("OPTIONS")) {
            draft.refuse("method " + method + " is not documented for " + draft.endpoint.path());
        }
    }

    // ---- PATH: a path id

    private void path(Draft draft, FuzzCase fuzz) {
        List<Endpoint.Parameter> parameters = draft.endpoint.pathParameters();
        if (parameters.isEmpty()) {
            // no id to change: change the path itself
            // (no verdict: the actuator answers with or without a trailing slash, and the rest is the firewall's)
            draft.pathSuffix = List.of("/", "//", "/.", "/..", "/%2e", ";x=1", "/x", "%00", "/%2F", "~")
                    .get(Math.floorMod(fuzz.where(), 10));
            return;
        }
        Endpoint.Parameter parameter = parameters.get(Math.floorMod(fuzz.where(), parameters.size()));
        String original = draft.pathValues.get(parameter.name());
        String value;
        String raw;
        switch (Math.floorMod(fuzz.variant(), 4)) {
            case 0 -> {
                raw = RAW_IDS.get(Math.floorMod(fuzz.where() / 2, RAW_IDS.size()));
                value = decode(raw);
            }
            case 1 -> {
                value = fuzz.text();
                raw = encode(value);
            }
            case 2 -> {
                value = splice(original, fuzz);
                raw = encode(value);
            }
            default -> {
                // the same id spelled otherwise: encoded letters, other case, padding
                value = switch (Math.floorMod(fuzz.where(), 4)) {
                    case 0 -> original;
                    case 1 -> original.toLowerCase(Locale.ROOT);
                    case 2 -> " " + original;
                    default -> original + "%";
                };
                raw = fuzz.where() % 4 == 0 ? encodeAll(original) : encode(value);
            }
        }
        draft.rawPathValues.put(parameter.name(), raw);
        draft.pathValues.put(parameter.name(), value == null ? raw : value);
        String decoded = value;
        boolean same = decoded != null && decoded.equals(original);
        boolean exists = decoded != null && (parameter.name().equals("platformId") || parameter.name().equals("id"))
                && Contract.textProblem(decoded, false) == null && !decoded.isEmpty() && platformExists.test(decoded);
        boolean numeric = "integer".equals(parameter.schema().path("type").asText()) && decoded != null
                && Contract.parameter(parameter.schema(), decoded).isEmpty();
        boolean format = parameter.name().equals("format") && decoded != null
                && Set.of("csv", "xlsx", "pdf", "json").contains(decoded.toLowerCase(Locale.ROOT));
        // a raw '?' or '#' ends the path on the wire: the server reads the id before it ("a" of "a?b=1") and the rest
        // of the path as query or fragment, so the request is one for another resource, which may exist (the fuzz
        // establishes a programme "a" on some runs): no verdict on the id, the other checks (no 500, …) still hold
        boolean cut = raw != null && (raw.contains("?") || raw.contains("#"));
        if (!same && !exists && !numeric && !format && !cut) {
            draft.refuse("path " + parameter.name() + " " + Json.quote(String.valueOf(decoded)) + " names nothing");
        }
    }

    // ---- QUERY

    private void query(Draft draft, FuzzCase fuzz) {
        List<Endpoint.Parameter> known = draft.endpoint.queryParameters();
        int choice = Math.floorMod(fuzz.variant(), 5);
        if (choice <= 1 && !known.isEmpty()) {
            Endpoint.Parameter parameter = known.get(Math.floorMod(fuzz.where(), known.size()));
            String value = choice == 0 ? fuzz.text() : unquoted(fuzz.token());
            draft.query.removeIf(q -> q[0].equals(parameter.name()));
            draft.query.add(new String[]{parameter.name(), value});
            String received = decode(encode(value));
            List<String> broken = received == null ? List.of() : Contract.parameter(parameter.schema(), received);
            if (!broken.isEmpty()) {
                draft.refuse("query " + parameter.name() + " " + broken.get(0));
            }
        } else if (choice == 2) {
            // a parameter the endpoint does not know: ignored, but on the API (/api/**, where the ledger checks its
            // parameters' text) its text is still checked; the actuator ignores what it does not know, text and all
            String name = fuzz.text().isEmpty() ? "fuzz" : fuzz.text();
            draft.query.add(new String[]{name, unquoted(fuzz.token())});
            String received = decode(encode(unquoted(fuzz.token())));
            if (received != null && draft.endpoint.path().startsWith("/api/")
                    && Contract.textProblem(received, false) != null) {
                draft.refuse("query value is not text");
            }
        } else if (choice == 3 && !known.isEmpty()) {
            // the same parameter twice
            Endpoint.Parameter parameter = known.get(Math.floorMod(fuzz.where(), known.size()));
            draft.query.add(new String[]{parameter.name(), "1"});
            draft.query.add(new String[]{parameter.name(), unquoted(fuzz.token())});
        } else {
            draft.rawQuery = List.of("%zz", "a=%E6", "&&&", "=", "a", "a=1&a", "x=" + "9".repeat(10_000), "minVersion=%00",
                    "asOf=%ED%A0%80", "knownAt=%EF%BF%BF", "size=%2B1", "page=-0", "a[b]=1", "a.b=1", "%3D=%3D", "+=+",
                    "size=1e3", "minVersion=0x10", "asOf=2021-06-30%00").get(Math.floorMod(fuzz.where(), 19));
        }
    }

    private static String unquoted(String token) {
        return token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"")
                ? token.substring(1, token.length() - 1) : token;
    }

    // ---- HEADER

    private void header(Draft draft, FuzzCase fuzz) {
        String name = HEADERS.get(Math.floorMod(fuzz.where(), HEADERS.size()));
        String value = switch (Math.floorMod(fuzz.variant(), 6)) {
            case 0 -> fuzz.text();
            case 1 -> unquoted(fuzz.token());
            case 2 -> "x".repeat(List.of(1_000, 9_000, 70_000).get(Math.floorMod(fuzz.where(), 3)));
            case 3 -> "a\r\nX-Injected: 1";
            case 4 -> name.equals("X-Ledger-Client-Address") ? "127.0.0.1" : LedgerSystem.RELAY_KEY;
            default -> "\u6d4b\u8bd5";
        };
        if (name.equals("X-Ledger-Client-Address") || name.equals("X-Correlation-Id")) {
            // relayed facts are honoured only with the relay key; send it now and then
            if (fuzz.pick() % 2 == 0) {
                draft.headers.add(new Request.Header("X-Ledger-Relay-Key", LedgerSystem.RELAY_KEY));
            }
        }
        if (name.equals("Content-Encoding") || name.equals("Expect")) {
            // headers about the body's framing: honest values only (Transfer-Encoding is left out altogether: a
            // coding the container does not know is its 501, as RFC 9112 asks, not the ledger's)
            value = List.of("gzip", "identity", "br", "100-continue").get(Math.floorMod(fuzz.variant(), 4));
        }
        if (name.equals("Host")) {
            draft.headers.removeIf(h -> h.name().equalsIgnoreCase("Host"));
        }
        draft.headers.add(new Request.Header(name, value));
        if (hasControls(value) || !name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
            // (bytes beyond ASCII are HTTP's obs-text: refused where the ledger reads the header, ignored elsewhere)
            draft.refuse("header " + name + " has control characters or a name that is no token");
        } else if (name.equals("Idempotency-Key") && draft.endpoint.records() && draft.method.equals("POST")
                && !keySeen(value).matches("[\\x21-\\x7E]{1,200}")) {
            draft.refuse("Idempotency-Key is not 1-200 printable ASCII characters");
        } else if (name.equals("Idempotency-Key") && draft.endpoint.records()) {
            // a well-formed key must be new, or the ledger answers the first request's result again
            String seen = keySeen(value);
            draft.headers.removeIf(h -> h.name().equals("Idempotency-Key"));
            draft.headers.add(new Request.Header("Idempotency-Key",
                    seen + "-" + stage.run + "-" + stage.serial() + value.substring(seen.length())));
        }
    }

    /**
     * The key the server reads from a value written on the wire: a CRLF inside it ends the header line there (what
     * follows is a header of its own, the injection the case tries), so "a\r\nX-Injected: 1" is the key "a".
     */
    private static String keySeen(String value) {
        int end = value.indexOf("\r\n");
        return end < 0 ? value : value.substring(0, end);
    }

    /** Bytes HTTP never carries in a header value: controls (tab aside; CR and LF end the line). */
    private static boolean hasControls(String value) {
        for (char c : value.toCharArray()) {
            if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** Text HTTP does not carry in a header: controls (tab aside) and anything beyond ASCII. */
    private static boolean hasBadHeaderText(String value) {
        for (char c : value.toCharArray()) {
            if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c >= 0x7F) {
                return true;
            }
        }
        return false;
    }

    // ---- CALLER

    private void caller(Draft draft, FuzzCase fuzz) {
        String concrete = Examples.concretePath(draft.endpoint.path(), draft.pathValues);
        Optional<AccessRule> rule = Examples.ruleOf(draft.endpoint, concrete);
        if (rule.isEmpty()) {
            draft.caller = Caller.ANONYMOUS; // open endpoints: anyone may
            return;
        }
        List<Caller> refused = new ArrayList<>();
        refused.add(Caller.ANONYMOUS);
        for (Role role : Role.values()) {
            if (!rule.get().roles().contains(role)) {
                refused.add(Caller.forRole(role, stage.active, fuzz.pick()));
            }
        }
        if (rule.get().ownPlatformOnly() && rule.get().roles().contains(Role.COLLEGE_OFFICER)
                && rule.get().platformIdIn(concrete) != null) {
            refused.add(Caller.of("college-0000000000", Role.COLLEGE_OFFICER));
        }
        draft.caller = refused.get(Math.floorMod(fuzz.variant(), refused.size()));
        draft.refuse("caller " + draft.caller + " is not admitted");
    }

    // ---- percent-encoding

    /** Percent-encodes everything but unreserved characters; a lone surrogate goes out as its (invalid) 3 bytes. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
                continue;
            }
            byte[] bytes;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes = new byte[]{(byte) (0xE0 | (c >> 12)), (byte) (0x80 | ((c >> 6) & 0x3F)), (byte) (0x80 | (c & 0x3F))};
            } else {
                bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
            }
            for (byte b : bytes) {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    private static String encodeAll(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(String.format("%02X", b & 0xFF));
        }
        return out.toString();
    }

    /** The text a server decodes from a raw path segment, or null if it is not valid percent-encoded UTF-8. */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                try {
                    bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                } catch (NumberFormatException e) {
                    return null;
                }
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }
}
