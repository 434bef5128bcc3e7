package cn.jsedu.ledger.system.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the published contract says a request must not be: the OpenAPI schema of its body and parameters (types,
 * required and unknown fields, enums, patterns, lengths, item counts, integer ranges and formats) and the text rule
 * of docs/api.md (no lone surrogates, noncharacters or control characters but tab, CR and LF, in any field name or
 * string). A request that breaks it must be refused; one that keeps it may still be refused by a rule of the domain.
 * Lengths are counted in code points, which is never more than the server's count in UTF-16 units, so a request
 * this class calls too long is too long by either count.
 */
final class Contract {

    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INTEGER_TEXT = Pattern.compile("[+-]?[0-9]+");

    private Contract() {
    }

    /** Why this body breaks the contract of {@code schema}; empty if it keeps it. */
    static List<String> body(JsonNode schema, byte[] body) {
        Optional<JsonNode> parsed = Json.strict(body);
        if (parsed.isEmpty()) {
            return List.of("not strict JSON (syntax, duplicate key, trailing data or not UTF-8)");
        }
        List<String> problems = new ArrayList<>();
        check(schema, parsed.get(), "", problems);
        return problems;
    }

    private static void check(JsonNode schema, JsonNode value, String at, List<String> problems) {
        String where = at.isEmpty() ? "body" : at;
        if (value.isNull()) {
            return; // null is judged by the parent: absent if optional, missing if required
        }
        switch (schema.path("type").asText("")) {
            case "object" -> object(schema, value, at, problems);
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(where + " is not an array");
                    return;
                }
                if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                    problems.add(where + " has too few items");
                }
                if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
                    problems.add(where + " has too many items");
                }
                for (int i = 0; i < value.size(); i++) {
                    if (value.get(i).isNull()) {
                        problems.add(where + "[" + i + "] is null");
                    } else {
                        check(schema.path("items"), value.get(i), where + "[" + i + "]", problems);
                    }
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    problems.add(where + " is not a string");
                    return;
                }
                problems.addAll(string(schema, value.asText(), where));
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(where + " is not an integer");
                    return;
                }
                problems.addAll(integer(schema, value.bigIntegerValue(), where));
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(where + " is not a boolean");
                }
            }
            default -> {
                // no type: anything
            }
        }
    }

    private static void object(JsonNode schema, JsonNode value, String at, List<String> problems) {
        String where = at.isEmpty() ? "body" : at;
        if (!value.isObject()) {
            problems.add(where + " is not an object");
            return;
        }
        JsonNode properties = schema.path("properties");
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        for (String name : required) {
            if (!value.has(name) || value.get(name).isNull()) {
                problems.add(where + "." + name + " is missing");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String child = at.isEmpty() ? field.getKey() : at + "." + field.getKey();
            String text = textProblem(field.getKey(), false);
            if (text != null) {
                problems.add("field name " + child + " " + text);
            }
            if (!properties.has(field.getKey())) {
                if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
                    problems.add(child + " is not a field");
                }
                continue;
            }
            check(properties.get(field.getKey()), field.getValue(), child, problems);
        }
    }

    private static List<String> string(JsonNode schema, String text, String where) {
        List<String> problems = new ArrayList<>();
        String bad = textProblem(text, true);
        if (bad != null) {
            problems.add(where + " " + bad);
        }
        int length = text.codePointCount(0, text.length());
        if (schema.has("minLength") && text.length() < schema.get("minLength").asInt()) {
            problems.add(where + " is too short");
        }
        if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
            problems.add(where + " is too long");
        }
        if (schema.has("enum") && !contains(schema.get("enum"), text)) {
            problems.add(where + " is not one of " + schema.get("enum"));
        }
        if (schema.has("pattern") && !ecma(schema.get("pattern").asText()).matcher(text).find()) {
            problems.add(where + " does not match " + schema.get("pattern").asText());
        }
        if ("date".equals(schema.path("format").asText()) && !isDate(text)) {
            problems.add(where + " is not a date");
        }
        return problems;
    }

    private static List<String> integer(JsonNode schema, BigInteger number, String where) {
        List<String> problems = new ArrayList<>();
        String format = schema.path("format").asText("int64");
        if (format.equals("int32") && (number.compareTo(INT_MIN) < 0 || number.compareTo(INT_MAX) > 0)) {
            problems.add(where + " is beyond int32");
        }
        if (number.compareTo(LONG_MIN) < 0 || number.compareTo(LONG_MAX) > 0) {
            problems.add(where + " is beyond int64");
        }
        if (schema.has("minimum") && number.compareTo(schema.get("minimum").bigIntegerValue()) < 0) {
            problems.add(where + " is below its minimum");
        }
        if (schema.has("maximum") && number.compareTo(schema.get("maximum").bigIntegerValue()) > 0) {
            problems.add(where + " is above its maximum");
        }
        return problems;
    }

    /**
     * Why a query or path parameter's value breaks its schema; empty if it keeps it. An integer is ASCII digits with
     * an optional sign (no spaces, no hexadecimal, no other script's digits); an empty value is an absent one.
     */
    static List<String> parameter(JsonNode schema, String value) {
        List<String> problems = new ArrayList<>();
        String bad = textProblem(value, false);
        if (bad != null) {
            problems.add(bad);
            return problems;
        }
        String trimmed = value.strip();
        if (value.isEmpty()) {
            return problems; // an empty value is an absent one
        }
        switch (schema.path("type").asText("")) {
            case "integer" -> {
                if (!INTEGER_TEXT.matcher(value).matches()) {
                    problems.add("is not an integer");
                } else {
                    problems.addAll(integer(schema, new BigInteger(value.startsWith("+") ? value.substring(1) : value), "value"));
                }
            }
            case "string" -> {
                if (trimmed.isEmpty()) {
                    return problems; // Spring reads blank text as absent
                }
                if (schema.has("enum") && !contains(schema.get("enum"), trimmed)) {
                    problems.add("is not one of " + schema.get("enum"));
                }
                if ("date".equals(schema.path("format").asText()) && !isDate(value)) {
                    problems.add("is not a date");
                }
                if ("date-time".equals(schema.path("format").asText()) && !isInstant(value)) {
                    problems.add("is not a date-time");
                }
            }
            default -> {
            }
        }
        return problems;
    }

    /** The text rule of docs/api.md; tab, CR and LF left to each field's own validation where allowed. */
    static String textProblem(String text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                if ((codePoint & 0xFFFE) == 0xFFFE) {
                    return "has a noncharacter";
                }
            } else if (Character.isSurrogate(c)) {
                return "has a lone surrogate";
            } else if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) {
                return "has a noncharacter";
            } else if (Character.isISOControl(c) && !(lineBreaksAllowed && (c == '\t' || c == '\r' || c == '\n'))) {
                return "has a control character";
            }
        }
        return null;
    }

    private static boolean contains(JsonNode values, String text) {
        for (JsonNode value : values) {
            if (value.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** RFC 3339 full-date, as OpenAPI's format "date" means it. */
    private static boolean isDate(String text) {
        if (!DATE.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isInstant(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** A schema pattern with ECMA-262's meaning of {@code $} (the end, never before a final line break). */
    private static Pattern ecma(String pattern) {
        return PATTERNS.computeIfAbsent(pattern, p -> Pattern.compile(p.endsWith("$") && !p.endsWith("\\$")
                ? p.substring(0, p.length() - 1) + "\\z" : p));
    }

    private static final Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();
}
