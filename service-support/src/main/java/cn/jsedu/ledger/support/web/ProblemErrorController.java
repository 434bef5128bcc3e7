package cn.jsedu.ledger.support.web;

import cn.jsedu.ledger.support.problem.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;

/**
 * The servlet container's error dispatch ({@code /error}: an error the container answered for the application, such
 * as an exception escaping every filter) as a problem detail in the ledger's shape, in place of Spring Boot's
 * {@code BasicErrorController}. The problem names the original path, never the error page's.
 */
@Controller
public class ProblemErrorController implements ErrorController {

    private final ObjectMapper json;

    public ProblemErrorController(ObjectMapper json) {
        this.json = json;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        Problems.write(request, path == null ? request.getRequestURI() : path.toString(), response, json,
                Problems.codeFor(status), status, status.is4xxClientError() ? Problems.REJECTED
                        : "internal error; quote correlation id " + CorrelationIdFilter.of(request));
    }
}
