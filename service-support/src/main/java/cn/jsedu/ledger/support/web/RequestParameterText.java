package cn.jsedu.ledger.support.web;

import cn.jsedu.ledger.support.problem.FieldProblem;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks the path variables (ids) and query parameters of every request a controller is about to handle for text the
 * ledger does not take in ({@link InputText}; no line breaks either), naming each by its name. Parameters are read
 * from the container's own request, underneath Spring Security's firewall, so that a bad value is named here rather
 * than refused by the firewall without saying which.
 */
public class RequestParameterText implements HandlerInterceptor {

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

    private static ServletRequest underlying(ServletRequest request) {
        while (request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        return request;
    }
}
