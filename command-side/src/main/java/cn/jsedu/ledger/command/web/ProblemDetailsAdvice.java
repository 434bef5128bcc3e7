package cn.jsedu.ledger.command.web;

import cn.jsedu.ledger.command.idempotency.IdempotencyKeyReusedException;
import cn.jsedu.ledger.command.platform.LedgerRuleException;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.support.problem.StorageOutage;
import cn.jsedu.ledger.support.security.LedgerUser;
import cn.jsedu.ledger.support.web.CorrelationIdFilter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every refusal as an RFC 9457 problem detail with a stable {@code code} and the fields to blame. Bad input is a
 * 4xx; a stack trace never reaches a client. Unexpected failures are logged here with the correlation id.
 */
@RestControllerAdvice
// after service-support's RequestProblemsAdvice (text that is not allowed, the firewall's refusals), before Spring's own
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ProblemDetailsAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final Logger denials = LoggerFactory.getLogger("ledger.security.denials");

    private final StorageOutage outage;

    public ProblemDetailsAdvice(StorageOutage outage) {
        this.outage = outage;
    }

    @ExceptionHandler(LedgerRuleException.class)
    ResponseEntity<ProblemDetail> rule(LedgerRuleException e, HttpServletRequest request) {
        return Problems.of(e.code(), e.getMessage(), errors(e.field(), e.getMessage()), request);
    }

    @ExceptionHandler(CommandRefusedException.class)
    ResponseEntity<ProblemDetail> refused(CommandRefusedException e, HttpServletRequest request) {
        return Problems.of(e.code(), e.getMessage(), errors(e.field(), e.getMessage()), request);
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReusedException e, HttpServletRequest request) {
        return Problems.of(ErrorCode.IDEMPOTENCY_KEY_REUSED, e.getMessage(),
                errors(CommandSubmitter.IDEMPOTENCY_HEADER, e.getMessage()), request);
    }

    /** Denials decided in a controller once the body is parsed (see Permissions); logged like the others. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        LedgerUser user = LedgerUser.current();
        denials.warn("denied user={} role={} college={} endpoint=\"{} {}\" reason=\"{}\"",
                user == null ? "?" : user.username(), user == null ? "?" : user.role(),
                user == null ? "-" : user.college(), request.getMethod(), request.getRequestURI(), e.getMessage());
        return Problems.of(ErrorCode.ACCESS_DENIED, "not allowed: " + e.getMessage(), List.of(), request);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> unknownPlatform(AggregateNotFoundException e, HttpServletRequest request) {
        return Problems.of(ErrorCode.PLATFORM_NOT_FOUND, "no platform " + e.getAggregateIdentifier(), List.of(), request);
    }

    /**
     * Platforms and programmes share the event store's aggregate identifiers: a programme established as "X" makes
     * /platforms/X load a programme's events into a platform, which Axon refuses as incompatible (and the other way
     * round). The id names nothing of the kind the path asks for: 404, as for an id that names nothing at all (the
     * hostile-input fuzz test found it as a 500).
     */
    @ExceptionHandler(IncompatibleAggregateException.class)
    ResponseEntity<ProblemDetail> otherKindOfAggregate(IncompatibleAggregateException e, HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/v1/evaluation-rounds/")) {
            return Problems.of(ErrorCode.ROUND_NOT_FOUND, "no evaluation round at " + request.getRequestURI(),
                    List.of(), request);
        }
        return request.getRequestURI().startsWith("/api/v1/programmes/")
                ? Problems.of(ErrorCode.PROGRAMME_NOT_FOUND, "no programme at " + request.getRequestURI(), List.of(),
                request)
                : Problems.of(ErrorCode.PLATFORM_NOT_FOUND, "no platform at " + request.getRequestURI(), List.of(),
                request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<Problems.FieldProblem> fields = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new Problems.FieldProblem(f.getField(), f.getDefaultMessage()))
                .sorted().toList();
        String detail = e.getBindingResult().getFieldErrors().stream().map(FieldError::getField).distinct()
                .collect(Collectors.joining(", ", "invalid fields: ", ""));
        return Problems.of(ErrorCode.VALIDATION_FAILED, detail, fields, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodySizeLimitFilter.BodyTooLargeException) {
                return Problems.of(ErrorCode.MALFORMED_REQUEST, HttpStatus.PAYLOAD_TOO_LARGE, "the body is too large",
                        List.of(), request);
            }
        }
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = Problems.path(unknown);
            return Problems.of(ErrorCode.MALFORMED_REQUEST, "unknown field " + field,
                    errors(field, "unknown field"), request);
        }
        if (cause instanceof InvalidFormatException invalid) {
            String field = Problems.path(invalid);
            String message = invalid.getTargetType() != null && invalid.getTargetType().isEnum()
                    ? "must be one of " + List.of(invalid.getTargetType().getEnumConstants())
                    : "is not a valid " + (invalid.getTargetType() == null ? "value" : invalid.getTargetType().getSimpleName());
            return Problems.of(ErrorCode.MALFORMED_REQUEST, field + " " + message, errors(field, message), request);
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = Problems.path(mismatched);
            return Problems.of(ErrorCode.MALFORMED_REQUEST, field + " has the wrong type",
                    errors(field, "has the wrong type (money is a decimal string, e.g. \"100.00\")"), request);
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = Problems.path(mapping);
            return Problems.of(ErrorCode.MALFORMED_REQUEST, field + " is not valid", errors(field, "is not valid"), request);
        }
        String detail = cause instanceof JsonProcessingException json
                ? "the body is not valid JSON: " + json.getOriginalMessage()
                : "the body is missing or not readable as JSON";
        return Problems.of(ErrorCode.MALFORMED_REQUEST, Problems.clean(detail), List.of(), request);
    }

    /** Spring MVC's own 4xx (unknown path, wrong method or media type, missing header...). */
    private ResponseEntity<ProblemDetail> spring(ErrorResponse response, HttpServletRequest request) {
        HttpStatus status = HttpStatus.valueOf(response.getStatusCode().value());
        ErrorCode code = status == HttpStatus.NOT_FOUND ? ErrorCode.NOT_FOUND : ErrorCode.MALFORMED_REQUEST;
        return Problems.of(code, status, Problems.clean(response.getBody().getDetail()), List.of(), request);
    }

    /** The database is down or failed mid-command: the outcome is unknown, so say how to find out safely. */
    @ExceptionHandler({DataAccessException.class, EventStoreException.class})
    ResponseEntity<ProblemDetail> storage(Exception e, HttpServletRequest request) {
        log.error("storage failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return outage.problem(request);
    }

    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(TypeMismatchException e, HttpServletRequest request) {
        String field = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        return Problems.of(ErrorCode.MALFORMED_REQUEST, field + " has the wrong type", errors(field, "has the wrong type"),
                request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            return spring(response, request);
        }
        log.error("unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return Problems.of(ErrorCode.SERVICE_UNAVAILABLE, HttpStatus.INTERNAL_SERVER_ERROR,
                "internal error; quote correlation id " + CorrelationIdFilter.of(request), List.of(), request);
    }

    private static List<Problems.FieldProblem> errors(String field, String message) {
        return field == null ? List.of() : List.of(new Problems.FieldProblem(field, message));
    }
}
