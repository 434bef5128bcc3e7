package cn.jsedu.ledger.support.web;

import cn.jsedu.ledger.support.problem.FieldProblem;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the path variables (ids) and query parameters of every request a controller is about to handle for text the
 * ledger does not take in ({@link InputText}; no line breaks either), naming each by its name. Parameters are read
 * from the container's own request, underneath Spring Security's firewall, so that a bad value is named here rather
 * than refused by the firewall without saying which. A parameter the handler takes as a whole number must be written
 * in ASCII digits: Java reads {@code ６} (full-width) or {@code ٦} (Arabic-Indic) as 6, and hexadecimal where it
 * finds {@code 0x}, which no client of the contract ("integer") means.
 */
public class RequestParameterText implements HandlerInterceptor {

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Integer.class, int.class, Long.class, long.class);
    private static final Pattern ASCII_INTEGER = Pattern.compile("[+-]?[0-9]{1,19}");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> check(String.valueOf(name), String.valueOf(value), problems));
        }
        underlying(request).getParameterMap().forEach((name, values) -> {
            String nameProblem = InputText.problem(name, false);
            if (nameProblem != null) {
                problems.add(new FieldProblem("query", "a parameter name " + nameProblem));
                return;
            }
            for (String value : values) {
                check(name, value, problems);
            }
        });
        if (problems.isEmpty() && handler instanceof HandlerMethod method) {
            wholeNumbers(request, method, problems);
        }
        if (!problems.isEmpty()) {
            throw new InputTextException(problems.stream().sorted().distinct().toList());
        }
        return true;
    }

    private static void check(String name, String value, List<FieldProblem> problems) {
        String problem = InputText.problem(value, false);
        if (problem != null) {
            problems.add(new FieldProblem(name, problem));
        }
    }

    private static void wholeNumbers(HttpServletRequest request, HandlerMethod method, List<FieldProblem> problems) {
        Map<?, ?> variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> v
                ? v : Map.of();
        for (MethodParameter parameter : method.getMethodParameters()) {
            if (!WHOLE_NUMBERS.contains(parameter.getParameterType())) {
                continue;
            }
            RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
            PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
            String name = query != null ? (query.name().isEmpty() ? query.value() : query.name())
                    : path != null ? (path.name().isEmpty() ? path.value() : path.name()) : null;
            if (name == null) {
                continue;
            }
            if (name.isEmpty()) {
                name = parameter.getParameterName();
            }
            String[] values = query != null ? request.getParameterValues(name)
                    : variables.get(name) == null ? null : new String[]{String.valueOf(variables.get(name))};
            for (String value : values == null ? new String[0] : values) {
                if (!value.isEmpty() && !ASCII_INTEGER.matcher(value).matches()) {
                    problems.add(new FieldProblem(name, "must be a whole number in ASCII digits"));
                }
            }
        }
    }

    private static ServletRequest underlying(ServletRequest request) {
        while (request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        return request;
    }
}
