package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Query refusals as RFC 9457 problem details with the same stable codes as the command side. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class QueryProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(QueryProblemAdvice.class);

    @ExceptionHandler(QueryProblem.class)
    ResponseEntity<ProblemDetail> problem(QueryProblem e, HttpServletRequest request) {
        return of(e.code(), HttpStatus.valueOf(e.code().kind().httpStatus()), e.getMessage(), e.field(), request);
    }

    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(TypeMismatchException e, HttpServletRequest request) {
        String field = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        return of(ErrorCode.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST, field + " is not valid", field, request);
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> storage(DataAccessException e, HttpServletRequest request) {
        log.error("storage failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return of(ErrorCode.SERVICE_UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE, "the read model is unavailable", null, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            HttpStatus status = HttpStatus.valueOf(response.getStatusCode().value());
            return of(status == HttpStatus.NOT_FOUND ? ErrorCode.NOT_FOUND : ErrorCode.MALFORMED_REQUEST, status,
                    response.getBody().getDetail(), null, request);
        }
        log.error("unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return of(ErrorCode.SERVICE_UNAVAILABLE, HttpStatus.INTERNAL_SERVER_ERROR, "internal error", null, request);
    }

    private static ResponseEntity<ProblemDetail> of(ErrorCode code, HttpStatus status, String detail, String field,
                                                    HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:jsedu-ledger:problem:" + code.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(status.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code.name());
        problem.setProperty("errors", field == null ? List.of() : List.of(Map.of("field", field, "message", detail)));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
