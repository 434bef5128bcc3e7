package cn.jsedu.ledger.command.web;

import cn.jsedu.ledger.command.document.DocumentSettings;
import cn.jsedu.ledger.command.imports.ImportSettings;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.support.problem.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * No command needs more than a few kilobytes; a body above the limit (256 KiB by default) is refused with 413
 * before anything parses it, whether it announces its length or streams it chunked. An evidence document upload
 * ({@code POST /api/v1/platforms/{id}/documents}) has its own, larger limit ({@link DocumentSettings}), and so has a
 * file of entries ({@code POST /api/v1/platforms/{id}/imports/...}, {@link ImportSettings}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class BodySizeLimitFilter extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UPLOAD = Pattern.compile("/api/v1/platforms/[^/]+" + DocumentSettings.UPLOAD_PATH);
    private static final Pattern IMPORT = Pattern.compile("/api/v1/platforms/[^/]+" + ImportSettings.PATH + "/[^/]+");

    private final long commandLimit;
    private final long documentLimit;
    private final long importLimit;

    public BodySizeLimitFilter(CommandApiSettings settings, DocumentSettings documents, ImportSettings imports) {
        this.commandLimit = settings.http().maxBodyBytes();
        this.documentLimit = documents.maxBytes();
        this.importLimit = imports.maxBytes();
    }

    private long limitOf(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return commandLimit;
        }
        if (UPLOAD.matcher(request.getRequestURI()).matches()) {
            return documentLimit;
        }
        return IMPORT.matcher(request.getRequestURI()).matches() ? importLimit : commandLimit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitOf(request);
        if (request.getContentLengthLong() > limit) {
            tooLarge(request, response, limit);
            return;
        }
        try {
            chain.doFilter(new Limited(request, limit), response);
        } catch (BodyTooLargeException e) {
            if (!response.isCommitted()) {
                response.reset();
                tooLarge(request, response, limit);
            }
        }
    }

    /** The ledger's problem shape, correlation id included (the filter runs before any controller advice). */
    private void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        Problems.write(request, response, JSON, ErrorCode.MALFORMED_REQUEST, HttpStatus.PAYLOAD_TOO_LARGE,
                "the body exceeds " + limit + " bytes");
    }

    public static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("request body too large");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > limit) {
                        throw new BodyTooLargeException();
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0 && (read += n) > limit) {
                        throw new BodyTooLargeException();
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
