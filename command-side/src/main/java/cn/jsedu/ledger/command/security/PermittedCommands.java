package cn.jsedu.ledger.command.security;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.support.security.AccessRule;
import cn.jsedu.ledger.support.security.LedgerUser;
import cn.jsedu.ledger.support.security.PolicyAuthorization;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Which of a platform's commands the signed-in user may send, answered in advance (for a client that shows only the
 * forms it may use): every {@code POST} row of {@link CommandAccessPolicy} under the platform, decided for this user
 * and platform by the very decision the API applies to the real request ({@link PolicyAuthorization#decide}), and
 * the installment sources {@link Permissions} lets the user record. One table, no copy: a change to the policy
 * changes this answer with it.
 */
@Component
public class PermittedCommands {

    static final String PLATFORM = "/api/v1/platforms/{platformId}/";

    private final PolicyAuthorization authorization;
    private final Permissions permissions;

    public PermittedCommands(PolicyAuthorization authorization, Permissions permissions) {
        this.authorization = authorization;
        this.permissions = permissions;
    }

    /** What the user may send to the platform. */
    public record Answer(List<String> commands, List<FundingSource> installmentSources) {
    }

    /**
     * The platform's commands this user may send, as paths below the platform ({@code installments},
     * {@code proposals/{proposalId}/approval}), in the table's order.
     */
    public Answer of(String platformId, HttpServletRequest request) {
        Supplier<Authentication> authentication = () -> SecurityContextHolder.getContext().getAuthentication();
        List<String> commands = new ArrayList<>();
        for (AccessRule rule : CommandAccessPolicy.POLICY.rules()) {
            if (!rule.method().equals("POST") || !rule.pathPattern().startsWith(PLATFORM)) {
                continue;
            }
            String path = rule.pathPattern().replace("{platformId}", platformId).replace("*", "any");
            if (authorization.decide(CommandAccessPolicy.POLICY, authentication, new Hypothetical(request, path))
                    .isGranted()) {
                commands.add(rule.pathPattern().substring(PLATFORM.length())
                        .replace("proposals/*", "proposals/{proposalId}").replace("findings/*", "findings/{findingId}")
                        .replace("*", "{id}"));
            }
        }
        LedgerUser user = LedgerUser.current();
        List<FundingSource> sources = user == null || !commands.contains("installments") ? List.of()
                : Arrays.stream(FundingSource.values()).filter(s -> permissions.mayRecordInstallmentOf(user, s)).toList();
        return new Answer(commands, sources);
    }

    /**
     * The user's request as if it were a POST to another path: what the decision reads (method and path), with its
     * own attributes, so a hypothetical denial leaves no reason on the real request for the denial log.
     */
    static final class Hypothetical extends HttpServletRequestWrapper {

        private final String path;
        private final Map<String, Object> attributes = new HashMap<>();

        Hypothetical(HttpServletRequest request, String path) {
            super(request);
            this.path = path;
        }

        @Override
        public String getMethod() {
            return "POST";
        }

        @Override
        public String getRequestURI() {
            return path;
        }

        @Override
        public String getContextPath() {
            return "";
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
        }
    }
}
