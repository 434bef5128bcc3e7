package cn.jsedu.ledger.support.problem;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.support.web.InputTextException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Refusals of a request's form that both services answer alike, before their own problem mapping (which has the
 * lower precedence): text the ledger does not take in ({@link InputTextException}, naming the fields) and Spring
 * Security's firewall refusing a header or parameter read while a controller runs. Both are 400s, logged at WARN.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestProblemsAdvice {

    private static final Logger log = LoggerFactory.getLogger(RequestProblemsAdvice.class);

    @ExceptionHandler(InputTextException.class)
    ResponseEntity<ProblemDetail> inputText(InputTextException e, HttpServletRequest request) {
        String fields = e.fields().stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "));
        return Problems.of(ErrorCode.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST,
                "characters that are not allowed in: " + fields, e.fields(), request);
    }

    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException e, HttpServletRequest request) {
        log.warn("request rejected on {} {}: {}", request.getMethod(), Problems.printable(request.getRequestURI()),
                Problems.printable(e.getMessage()));
        return Problems.of(ErrorCode.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST, Problems.REJECTED, List.of(),
                request);
    }
}
