package cn.jsedu.ledger.support.web;

import cn.jsedu.ledger.support.problem.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

import java.io.IOException;

/**
 * Tomcat's own refusals, made before any servlet runs (a request line or header Tomcat cannot parse, broken
 * percent-encoding, a path that is not UTF-8): a problem detail like every other answer of the ledger, instead of
 * Tomcat's HTML error page. Installed as the host's error report valve ({@link TomcatProblems}). Errors of requests
 * that reached the application already have their body and are left alone.
 */
public class ProblemReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemReportValve.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int statusCode = response.getStatus();
        if (statusCode < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (statusCode == HttpStatus.NOT_IMPLEMENTED.value()) {
            // Tomcat's answer to a method it does not implement (CONNECT): the client asked for something no resource
            // of the ledger allows, which is a 405, not a failure of the server
            statusCode = HttpStatus.METHOD_NOT_ALLOWED.value();
            response.setStatus(statusCode);
        }
        HttpStatus status = HttpStatus.resolve(statusCode);
        if (status == null) {
            status = statusCode >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
        }
        if (status.is4xxClientError()) {
            log.warn("request refused by the server: {} {} on {} {}", statusCode,
                    Problems.printable(response.getMessage()), request.getMethod(),
                    Problems.printable(request.getRequestURI()));
        }
        try {
            response.setSuspended(false);
            response.resetBuffer();
            Problems.write(request, request.getRequestURI(), response, JSON, Problems.codeFor(status), status,
                    status.is4xxClientError() ? Problems.REJECTED : "internal error");
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            log.debug("could not write the problem detail of a refused request", e);
        }
    }
}
