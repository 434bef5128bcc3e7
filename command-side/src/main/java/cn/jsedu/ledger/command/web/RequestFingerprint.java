package cn.jsedu.ledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint an Idempotency-Key is stored with (ADR 0005): SHA-256 of the method, the path and the body's bytes as
 * they arrived. Taken as the body is read, only for requests that carry a key; the same key must come with the same
 * request, byte for byte. (Keys stored before this took a fingerprint of the body as parsed and written again, which
 * cost a second serialisation per request: {@link CommandSubmitter} still accepts those on a repeat.)
 */
@ControllerAdvice(basePackageClasses = RequestFingerprint.class)
public class RequestFingerprint extends RequestBodyAdviceAdapter {

    private static final String ATTRIBUTE = RequestFingerprint.class.getName();

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        HttpServletRequest request = currentRequest();
        if (request == null || request.getHeader(CommandSubmitter.IDEMPOTENCY_HEADER) == null) {
            return input;
        }
        byte[] body = input.getBody().readAllBytes();
        request.setAttribute(ATTRIBUTE, of(request, body));
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }

    /** The fingerprint of the request being handled; a request whose body was not read has an empty one. */
    static String of(HttpServletRequest request) {
        Object taken = request.getAttribute(ATTRIBUTE);
        return taken != null ? (String) taken : of(request, new byte[0]);
    }

    static String of(HttpServletRequest request, byte[] body) {
        MessageDigest sha256 = sha256();
        sha256.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
        sha256.update(body);
        return HexFormat.of().formatHex(sha256.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static HttpServletRequest currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }
}
