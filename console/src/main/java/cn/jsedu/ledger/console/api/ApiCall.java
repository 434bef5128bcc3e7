package cn.jsedu.ledger.console.api;

import cn.jsedu.ledger.console.login.ConsoleCredentials;
import cn.jsedu.ledger.support.web.CorrelationIdFilter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/**
 * Who an API call is made for, and the relay channel that goes with every call the console makes (ADR 0018): the
 * user's credentials (HTTP Basic, so the services decide as for any other client), the correlation id of the
 * console request that causes the call, and the browser's address as the console sees it. The services trust the
 * last two only with the relay key ({@link #RELAY_KEY}); without it they keep their own.
 */
public record ApiCall(ConsoleCredentials user, String correlationId, String clientAddress) {

    public static final String CLIENT_ADDRESS = "X-Ledger-Client-Address";
    public static final String RELAY_KEY = "X-Ledger-Relay-Key";

    /** The call a console request makes as the user signed in to it. */
    public static ApiCall of(HttpServletRequest request, ConsoleCredentials user) {
        return new ApiCall(user, CorrelationIdFilter.of(request), request.getRemoteAddr());
    }

    void addHeaders(HttpHeaders headers, String relayKey) {
        headers.set(HttpHeaders.AUTHORIZATION, user.basicAuthorization());
        headers.set(CorrelationIdFilter.HEADER, correlationId);
        headers.set(CLIENT_ADDRESS, clientAddress);
        if (relayKey != null && !relayKey.isBlank()) {
            headers.set(RELAY_KEY, relayKey);
        }
    }
}
