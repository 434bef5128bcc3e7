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

    /** What a client is told when its request was refused for its form; the reason is logged, not echoed. */
    public static final String REJECTED = "the request was refused: its URL, a header or a parameter is malformed or "
            + "has characters that are not allowed";

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
        write(request, request.getRequestURI(), response, json, code, status, detail);
    }

    /**
     * The same, for a request whose path is not {@code getRequestURI()} (an error dispatch) or may not be text at all
     * (one the container refused): the instance is the path as sent, without anything but printable ASCII. The
     * correlation id goes into the response header too, in case no filter put it there.
     */
    public static void write(HttpServletRequest request, String path, HttpServletResponse response, ObjectMapper json,
                             ErrorCode code, HttpStatus status, String detail) throws IOException {
        String correlationId = CorrelationIdFilter.of(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type(code).toString());
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", printable(path));
        problem.put("code", code.name());
        problem.put("errors", List.of());
        problem.put("correlationId", correlationId);
        response.setStatus(status.value());
        response.setHeader(CorrelationIdFilter.HEADER, correlationId);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The code a bare HTTP status stands for, when nothing more is known (the container's own refusals). */
    public static ErrorCode codeFor(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> ErrorCode.UNAUTHENTICATED;
            case FORBIDDEN -> ErrorCode.ACCESS_DENIED;
            case NOT_FOUND -> ErrorCode.NOT_FOUND;
            default -> status.is5xxServerError() ? ErrorCode.SERVICE_UNAVAILABLE : ErrorCode.MALFORMED_REQUEST;
        };
    }

    /** Text fit for a log line or a problem's instance: printable ASCII, at most 200 characters. */
    public static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < 200; i++) {
            char c = text.charAt(i);
            out.append(c >= 0x20 && c < 0x7F ? c : '?');
        }
        return out.toString();
    }
}
