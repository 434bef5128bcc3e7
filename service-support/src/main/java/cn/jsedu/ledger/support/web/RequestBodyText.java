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
