package cn.jsedu.ledger.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request the facts about it that the server, not the client, decides: its correlation id, generated
 * here, and its client address, the TCP peer. Both go into the request's attributes; the correlation id also into
 * the log context ({@value #MDC_KEY}, a field of every structured log line), the response header, every problem
 * detail and, on the command side, the metadata of every event the request causes.
 *
 * <p>A client's own {@code X-Correlation-Id}, if well formed (1-64 of {@code A-Za-z0-9._-}), is kept apart as its
 * client correlation id ({@value #CLIENT_MDC_KEY} in the log context and the events' metadata), so the client can
 * find its request; a malformed one is dropped. Only the console on the {@link RelayChannel} may name the
 * correlation id and the client address. First of all filters, so security denials are logged with the id too.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Correlation-Id";
    public static final String ATTRIBUTE = CorrelationIdFilter.class.getName();
    public static final String CLIENT_ATTRIBUTE = ATTRIBUTE + ".client";
    public static final String ADDRESS_ATTRIBUTE = ATTRIBUTE + ".address";
    public static final String MDC_KEY = "correlationId";
    public static final String CLIENT_MDC_KEY = "clientCorrelationId";
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final RelayChannel relay;

    /** Trusts no relay. */
    public CorrelationIdFilter() {
        this(RelayChannel.NONE);
    }

    public CorrelationIdFilter(RelayChannel relay) {
        this.relay = relay;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        boolean wellFormed = given != null && SHAPE.matcher(given).matches();
        boolean relayed = relay.trusts(request);
        String correlationId = relayed && wellFormed ? given : UUID.randomUUID().toString();
        String clientCorrelationId = !relayed && wellFormed ? given : null;
        String relayedAddress = relayed ? RelayChannel.relayedAddress(request) : null;
        request.setAttribute(ATTRIBUTE, correlationId);
        request.setAttribute(ADDRESS_ATTRIBUTE, relayedAddress != null ? relayedAddress : request.getRemoteAddr());
        if (clientCorrelationId != null) {
            request.setAttribute(CLIENT_ATTRIBUTE, clientCorrelationId);
            MDC.put(CLIENT_MDC_KEY, clientCorrelationId);
        }
        response.setHeader(HEADER, correlationId);
        MDC.put(MDC_KEY, correlationId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
            MDC.remove(CLIENT_MDC_KEY);
        }
    }

    /** The request's correlation id; for a request the filter did not see, a new one, kept from then on. */
    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        if (id == null) {
            id = UUID.randomUUID().toString();
            request.setAttribute(ATTRIBUTE, id);
        }
        return id.toString();
    }

    /** The client's own correlation id, if it sent a well-formed one (and is not the console on the relay). */
    public static String clientIdOf(HttpServletRequest request) {
        Object id = request.getAttribute(CLIENT_ATTRIBUTE);
        return id == null ? null : id.toString();
    }

    /** The client's address: the TCP peer, or the person's address the console relayed. */
    public static String clientAddressOf(HttpServletRequest request) {
        Object address = request.getAttribute(ADDRESS_ATTRIBUTE);
        return address == null ? request.getRemoteAddr() : address.toString();
    }
}
