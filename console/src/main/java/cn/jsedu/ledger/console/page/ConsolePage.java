package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.api.ApiProblem;
import cn.jsedu.ledger.support.security.LedgerUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Base of every console controller: the user on every page, and the error pages, rendered by the console itself
 * from what the APIs answered: not found (404, also another college's platform: the query API says so), refused
 * (403: the API's answer to this role), read model still catching up (503, with a retry link), an API not
 * reachable (503), and anything unexpected (500, logged, no details). Credentials the services no longer accept end
 * the session: the user signs in again.
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

    @ExceptionHandler(ApiProblem.class)
    public String apiProblem(ApiProblem e, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (e.status() == 401) {
            return signInAgain(request);
        }
        response.setStatus(e.status() >= 400 ? e.status() : 502);
        if (ApiProblem.READ_MODEL_BEHIND.equals(e.code())) {
            String query = request.getQueryString();
            return errorPage(model, 503, "error.behind", request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        return switch (e.status()) {
            case 404 -> errorPage(model, 404, "error.notFound", null);
            case 403 -> errorPage(model, 403, "error.denied", null);
            case 400, 422 -> errorPage(model, e.status(), "error.badRequest", null);
            case 503 -> unavailable(e, model);
            default -> {
                log.error("{} {}: an API answered {} {} ({})", request.getMethod(), request.getRequestURI(), e.status(),
                        e.code(), e.detail());
                response.setStatus(500);
                yield errorPage(model, 500, "error.unexpected", null);
            }
        };
    }

    @ExceptionHandler(AuthenticationException.class)
    public String signInAgain(AuthenticationException e, HttpServletRequest request) {
        return signInAgain(request);
    }

    @ExceptionHandler(Exception.class)
    public String unexpected(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        log.error("console page {} {} failed", request.getMethod(), request.getRequestURI(), e);
        response.setStatus(500);
        return errorPage(model, 500, "error.unexpected", null);
    }

    /** An API that is not reachable or out of service: the page says so, with the API's reason. */
    static String unavailable(ApiProblem e, Model model) {
        model.addAttribute("detail", e.detail());
        return errorPage(model, 503, "error.unavailable", null);
    }

    static String errorPage(Model model, int status, String messageKey, String retry) {
        model.addAttribute("status", status);
        model.addAttribute("messageKey", messageKey);
        model.addAttribute("retry", retry);
        return "console/error";
    }

    private static String signInAgain(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return "redirect:/login";
    }
}
