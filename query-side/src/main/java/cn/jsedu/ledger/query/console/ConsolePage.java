package cn.jsedu.ledger.query.console;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.query.web.QueryProblem;
import cn.jsedu.ledger.support.security.LedgerUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Base of every console controller: its error pages, rendered by the console itself. They are declared here, in the
 * controllers' own class hierarchy, because such handlers come before any advice: the API's problem-detail advice
 * (JSON for programs) must not answer a browser's page. Pages: not found (404, also for another college's
 * platform), read model still catching up (503, with a retry link), anything unexpected (500, logged, no details).
 */
public abstract class ConsolePage {

    private static final Logger log = LoggerFactory.getLogger(ConsolePage.class);

    /** A page of something that does not exist. */
    public static class PageNotFound extends RuntimeException {
        public PageNotFound(String message) {
            super(message, null, false, false);
        }
    }

    /** Every page shows who is logged in, in which role. */
    @ModelAttribute("user")
    public LedgerUser user() {
        return LedgerUser.current();
    }

    /** For the language links (Thymeleaf 3.1 templates cannot read the request themselves). */
    @ModelAttribute("currentPath")
    public String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ExceptionHandler(PageNotFound.class)
    public String notFound(PageNotFound e, HttpServletResponse response, Model model) {
        response.setStatus(404);
        return errorPage(model, 404, "error.notFound", null);
    }

    @ExceptionHandler(QueryProblem.class)
    public String queryProblem(QueryProblem e, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (e.code() == ErrorCode.READ_MODEL_BEHIND) {
            response.setStatus(503);
            String query = request.getQueryString();
            return errorPage(model, 503, "error.behind", request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        int status = e.code() == ErrorCode.PLATFORM_NOT_FOUND ? 404 : e.code().kind().httpStatus();
        response.setStatus(status);
        return errorPage(model, status, status == 404 ? "error.notFound" : "error.badRequest", null);
    }

    @ExceptionHandler(Exception.class)
    public String unexpected(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        log.error("console page {} {} failed", request.getMethod(), request.getRequestURI(), e);
        response.setStatus(500);
        return errorPage(model, 500, "error.unexpected", null);
    }

    static String errorPage(Model model, int status, String messageKey, String retry) {
        model.addAttribute("status", status);
        model.addAttribute("messageKey", messageKey);
        model.addAttribute("retry", retry);
        return "console/error";
    }
}
