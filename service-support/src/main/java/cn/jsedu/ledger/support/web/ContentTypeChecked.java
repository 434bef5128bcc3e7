package cn.jsedu.ledger.support.web;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.support.problem.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * A request's {@code Content-Type} names one media type. Spring refuses a wildcard one ({@code *}{@code /*},
 * {@code application/*}) with an {@link IllegalArgumentException} deep inside argument resolution, which every
 * handler would report as an internal error (a 500 on {@code /actuator/health/liveness}, found by the hostile-input
 * fuzz test). Refused here, before anything reads the body, as a 415 problem detail naming the header.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class ContentTypeChecked extends OncePerRequestFilter {

    private final ObjectMapper json;

    public ContentTypeChecked(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType == null || isOneMediaType(contentType)) {
            chain.doFilter(request, response);
            return;
        }
        Problems.write(request, response, json, ErrorCode.MALFORMED_REQUEST, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "header Content-Type must name one media type, such as application/json");
    }

    static boolean isOneMediaType(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            // Left to Spring MVC, which refuses what it cannot parse with its own 415 problem detail.
            return true;
        }
    }
}
