package cn.jsedu.ledger.support.web;

import cn.jsedu.ledger.support.problem.FieldProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks every JSON request body of either service, before it is bound to a request record, for text the ledger does
 * not take in ({@link InputText}): every string value and every field name, at any depth. One place for every
 * endpoint and field, present or future; the fields to blame are named by their JSON path ({@code voucherRef},
 * {@code enterprises[0].name}). A body that is not JSON is left to the converter, which says so in its own words.
 */
@ControllerAdvice
public class RequestBodyText extends RequestBodyAdviceAdapter {

    private final ObjectMapper json;

    public RequestBodyText(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return AbstractJackson2HttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = input.getBody().readAllBytes();
        requireUtf8(body);
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (JsonProcessingException notJson) {
            tree = null;
        }
        if (tree != null) {
            List<FieldProblem> problems = new ArrayList<>();
            check(tree, "", problems);
            if (!problems.isEmpty()) {
                throw new InputTextException(problems.stream().sorted().toList());
            }
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }

    /**
     * JSON travels as UTF-8 (RFC 8259 §8.1), and only well-formed UTF-8: Jackson's own decoder takes an overlong form
     * ({@code C0 AE} for ".") as the character it spells, the classic way to slip a character past a check of the
     * bytes. Java's decoder refuses overlong forms, encoded surrogates and anything beyond U+10FFFF.
     */
    static void requireUtf8(byte[] body) throws BodyNotUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(body);
        CharBuffer chars = CharBuffer.allocate(Math.max(16, body.length));
        CoderResult result = decoder.decode(bytes, chars, true);
        if (result.isError()) {
            throw new BodyNotUtf8Exception("the body is not UTF-8: byte " + bytes.position() + " starts a malformed sequence");
        }
    }

    /** A body that is not UTF-8, told as the JSON error it is (the problem handlers say "not valid JSON: ..."). */
    public static final class BodyNotUtf8Exception extends JsonProcessingException {
        BodyNotUtf8Exception(String message) {
            super(message);
        }
    }

    private static void check(JsonNode node, String path, List<FieldProblem> problems) {
        if (node.isTextual()) {
            String problem = InputText.problem(node.textValue(), true);
            if (problem != null) {
                problems.add(new FieldProblem(path.isEmpty() ? "body" : path, problem));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]", problems);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String problem = InputText.problem(field.getKey(), false);
                if (problem != null) {
                    // the name itself is not echoed back: it is what a strict reader would choke on
                    problems.add(new FieldProblem(path.isEmpty() ? "body" : path, "a field name " + problem));
                } else {
                    check(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), problems);
                }
            }
        }
    }
}
