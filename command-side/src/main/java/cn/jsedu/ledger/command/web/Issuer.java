package cn.jsedu.ledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Who issues a command. Until authentication lands (issue "Security and tamper evidence"), the user is the
 * fixed local operator; the client cannot choose it. The client address is the TCP peer, not a header.
 */
@Component
public class Issuer {

    public static final String LOCAL_USER = "local-operator";
    public static final String LOCAL_ROLE = "LOCAL_OPERATOR";

    public record Identity(String user, String role, String college, String clientAddress) {
    }

    public Identity of(HttpServletRequest request) {
        return new Identity(LOCAL_USER, LOCAL_ROLE, null, request.getRemoteAddr());
    }
}
