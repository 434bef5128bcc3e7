package cn.jsedu.ledger.support.problem;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.support.web.CorrelationIdFilter;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ledger's RFC 9457 problem details, one shape on both sides whoever writes them (an exception handler, the
 * security layer, a servlet filter): {@code type} (a URN named after the code), {@code title} (the reason phrase),
 * {@code status}, {@code detail}, {@code instance} (the request path), the stable {@code code}, the fields to blame
 * in {@code errors}, and the request's {@code correlationId} to quote when reporting a failure.
 */
public final class Problems {

    private Problems() {
    }

    public static URI type(ErrorCode code) {
        return URI.create("urn:jsedu-ledger:problem:" + code.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** For exception handlers: Spring writes it (as {@code application/problem+json}). */
    public static ResponseEntity<ProblemDetail> of(ErrorCode code, HttpStatus status, String detail, List<?> errors,
                                                   HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(code));
        problem.setTitle(status.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code.name());
        problem.setProperty("errors", errors);
        problem.setProperty("correlationId", CorrelationIdFilter.of(request));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** For code outside Spring MVC (filters, the security layer's handlers): writes the same shape itself. */
    public static void write(HttpServletRequest request, HttpServletResponse response, ObjectMapper json,
                             ErrorCode code, HttpStatus status, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type(code).toString());
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        problem.put("code", code.name());
        problem.put("errors", List.of());
        problem.put("correlationId", CorrelationIdFilter.of(request));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
