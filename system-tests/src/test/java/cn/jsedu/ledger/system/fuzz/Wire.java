package cn.jsedu.ledger.system.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a {@link Request}: through Java's HttpClient on kept-alive connections when an ordinary client can send it
 * (most cases: it is the fast path), else as bytes over a socket of its own (header bytes that are not text,
 * request targets no URI parser takes, methods and headers the client refuses).
 */
final class Wire {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** What came back. Header names in lower case, the first value of each. */
    record Response(int status, Map<String, String> headers, byte[] body, boolean raw) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            String text = text();
            return status + " " + headers + " " + (text.length() > 800 ? text.substring(0, 800) + "..." : text);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();

    Response send(int port, Request request) {
        return request.plain() ? viaClient(port, request) : viaSocket(port, request, null);
    }

    private Response viaClient(int port, Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.target()))
                .timeout(TIMEOUT)
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        for (Request.Header header : request.headers()) {
            builder.header(header.name(), header.value());
        }
        if (request.caller().authorization() != null) {
            builder.header("Authorization", request.caller().authorization());
        }
        try {
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            return new Response(response.statusCode(), headers, response.body(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One request per connection, written byte for byte as given; from {@code from} (a loopback address) if set. */
    Response viaSocket(int port, Request request, String from) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
        boolean host = request.headers().stream().anyMatch(h -> h.name().equalsIgnoreCase("Host"));
        if (!host) {
            head.append("Host: localhost:").append(port).append("\r\n");
        }
        head.append("Connection: close\r\n");
        for (Request.Header header : request.headers()) {
            head.append(header.name()).append(": ").append(header.value()).append("\r\n");
        }
        if (request.caller().authorization() != null) {
            head.append("Authorization: ").append(request.caller().authorization()).append("\r\n");
        }
        if (request.body() != null) {
            head.append("Content-Length: ").append(request.body().length).append("\r\n");
        }
        head.append("\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        if (request.body() != null) {
            out.writeBytes(request.body());
        }
        try (Socket socket = new Socket()) {
            if (from != null) {
                socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            }
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            try {
                socket.getOutputStream().write(out.toByteArray());
                socket.getOutputStream().flush();
            } catch (IOException e) {
                // the server may answer and close before it has read everything (a refused, oversized request):
                // what it answered is still to be read
            }
            return parse(socket.getInputStream(), request);
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + request, e);
        }
    }

    static Response parse(InputStream in, Request request) throws IOException {
        byte[] raw = in.readAllBytes();
        byte[] blank = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        int start = 0;
        int end;
        String[] lines;
        int status;
        while (true) {
            end = indexOf(raw, blank, start);
            if (end < 0) {
                throw new IOException("no complete response (" + raw.length + " bytes): "
                        + new String(raw, StandardCharsets.ISO_8859_1));
            }
            lines = new String(raw, start, end - start, StandardCharsets.ISO_8859_1).split("\r\n");
            status = Integer.parseInt(lines[0].split(" ")[1]);
            // An interim answer (100 Continue to "Expect: 100-continue", RFC 9110 §15.2) precedes the final one:
            // the request's outcome is the response after it, which a client must read on to.
            if (status >= 200 || status == 101) {
                break;
            }
            start = end + blank.length;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        if (request.method().equals("HEAD")) {
            body = new byte[0];
        }
        return new Response(status, headers, body, true);
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, crlf, at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= bytes.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
