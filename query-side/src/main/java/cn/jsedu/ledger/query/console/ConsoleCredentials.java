package cn.jsedu.ledger.query.console;

import jakarta.servlet.http.HttpSession;

import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * LOCAL PROFILE ONLY. The logged-in user's name and password, captured at form login and kept in the server-side
 * HTTP session, so that the console can send the user's commands to the command API with HTTP Basic as that user
 * (the command side checks the same credentials and records the same identity). Nothing of it is ever sent to the
 * browser; it dies with the session (logout, timeout). Production would log in with OIDC and relay the user's
 * access token to the command API instead; that is not built.
 */
public record ConsoleCredentials(String username, String password) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String SESSION_ATTRIBUTE = ConsoleCredentials.class.getName();

    public String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static ConsoleCredentials of(HttpSession session) {
        return session == null ? null : (ConsoleCredentials) session.getAttribute(SESSION_ATTRIBUTE);
    }

    @Override
    public String toString() {
        return "ConsoleCredentials[" + username + ", ****]";
    }
}
