package cn.jsedu.ledger.console.login;

import jakarta.servlet.http.HttpSession;

import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * LOCAL PROFILE ONLY. The signed-in user's name and password, checked against the services at form login and kept
 * in the console's server-side HTTP session, so that the console can read and write through the APIs with HTTP
 * Basic as that user (the services check the same credentials and record the same identity). Nothing of it is ever
 * sent to the browser; it dies with the session (logout, timeout). Production would log in with OIDC and relay the
 * user's access token to the APIs instead; that is not built.
 */
public record ConsoleCredentials(String username, String password) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String SESSION_ATTRIBUTE = ConsoleCredentials.class.getName();

    public String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static ConsoleCredentials of(HttpSession session) {
        return session == null ? null : (ConsoleCredentials) session.getAttribute(SESSION_ATTRIBUTE);
    }

    @Override
    public String toString() {
        return "ConsoleCredentials[" + username + ", ****]";
    }
}
