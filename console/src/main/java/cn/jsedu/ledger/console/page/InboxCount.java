package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.api.ApiCall;
import cn.jsedu.ledger.console.api.QueryApi;
import cn.jsedu.ledger.console.login.ConsoleCredentials;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.time.Duration;
import java.time.Instant;

/**
 * The count in the navigation's inbox link, on every console page: read from the query API at most once a minute per
 * session (the inbox page itself always reads it afresh), so a page costs no extra call most of the time. Only a
 * hint: if the API cannot say, the link shows no count and the page renders as it would have.
 */
@ControllerAdvice(assignableTypes = ConsolePage.class)
public class InboxCount {

    static final Duration FRESH = Duration.ofMinutes(1);
    private static final String COUNT = InboxCount.class.getName() + ".count";
    private static final String READ_AT = InboxCount.class.getName() + ".readAt";

    private final QueryApi queries;

    public InboxCount(QueryApi queries) {
        this.queries = queries;
    }

    @ModelAttribute("inboxCount")
    public Integer inboxCount(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        ConsoleCredentials user = ConsoleCredentials.of(session);
        if (user == null) {
            return null;
        }
        Instant readAt = (Instant) session.getAttribute(READ_AT);
        if (readAt != null && readAt.plus(FRESH).isAfter(Instant.now())) {
            return (Integer) session.getAttribute(COUNT);
        }
        try {
            int total = queries.inbox(ApiCall.of(request, user)).total();
            remember(session, total);
            return total;
        } catch (RuntimeException e) {
            // the page does not depend on it; its own reads report what is wrong with the API
            return null;
        }
    }

    static void remember(HttpSession session, int total) {
        session.setAttribute(COUNT, total);
        session.setAttribute(READ_AT, Instant.now());
    }
}
