package cn.jsedu.ledger.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;

/**
 * The ledger serves no partial content, so it ignores {@code Range} and {@code If-Range}, as RFC 9110 (section 14.2)
 * lets a server do. Without this, Spring's resource handling answers a malformed range on a file-like endpoint
 * (the SBOM under {@code /actuator/sbom}) with a 416 that carries the whole document and no problem detail (found by
 * the hostile-input fuzz test); with it every such request gets the full answer, 200.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class RangeHeadersIgnored extends OncePerRequestFilter {

    private static final Set<String> IGNORED = Set.of("range", "if-range");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getHeader("Range") == null && request.getHeader("If-Range") == null) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return ignored(name) ? null : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return ignored(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
            }

            @Override
            public long getDateHeader(String name) {
                return ignored(name) ? -1 : super.getDateHeader(name);
            }

            @Override
            public Enumeration<String> getHeaderNames() {
                return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                        .filter(n -> !ignored(n)).toList());
            }
        }, response);
    }

    private static boolean ignored(String name) {
        return name != null && IGNORED.contains(name.toLowerCase(java.util.Locale.ROOT));
    }
}
