package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.query.platform.NotYetKnownException;
import cn.jsedu.ledger.support.problem.Problems;
import cn.jsedu.ledger.support.problem.StorageOutage;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Map;

/** Query refusals as RFC 9457 problem details in the same shape and with the same stable codes as the command side. */
@RestControllerAdvice
// after service-support's RequestProblemsAdvice (text that is not allowed, the firewall's refusals), before Spring's own
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class QueryProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(QueryProblemAdvice.class);

    private final StorageOutage outage;

    public QueryProblemAdvice(StorageOutage outage) {
        this.outage = outage;
    }

    @ExceptionHandler(QueryProblem.class)
    ResponseEntity<ProblemDetail> problem(QueryProblem e, HttpServletRequest request) {
        return of(e.code(), HttpStatus.valueOf(e.code().kind().httpStatus()), e.getMessage(), e.field(), request);
    }

    @ExceptionHandler(NotYetKnownException.class)
    ResponseEntity<ProblemDetail> notYetKnown(NotYetKnownException e, HttpServletRequest request) {
        return of(ErrorCode.PLATFORM_NOT_FOUND, HttpStatus.NOT_FOUND, e.getMessage(), "knownAt", request);
    }

    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(TypeMismatchException e, HttpServletRequest request) {
        String field = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        return of(ErrorCode.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST, field + " is not valid", field, request);
    }

    /** A body where none is read as such (the actuator reads a GET's body as parameters): malformed, not a failure. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return of(ErrorCode.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST, "the body is not readable as JSON parameters",
                null, request);
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> storage(DataAccessException e, HttpServletRequest request) {
        log.error("storage failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return outage.problem(request);
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
        return Problems.of(code, status, detail,
                field == null ? List.of() : List.of(Map.of("field", field, "message", detail)), request);
    }
}
