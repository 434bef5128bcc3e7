package cn.jsedu.ledger.system.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A concrete request as it goes on the wire, with what the contract says of it.
 *
 * @param target          path and query exactly as sent (already percent-encoded, or deliberately not)
 * @param headers         name and value pairs besides Host, Content-Length and Authorization
 * @param body            the body's bytes, or null for none
 * @param mustRefuse      whether the contract says this request must be refused
 * @param why             the contract's reasons for it (or what makes the request questionable)
 * @param platformId      the platform the request is about, if any
 * @param declaredCollege for a declaration, the college it names (to take the platform into the stage)
 */
record Request(String method, String target, List<Header> headers, byte[] body, Caller caller, boolean mustRefuse,
               String why, String platformId, String declaredCollege) {

    record Header(String name, String value) {
        @Override
        public String toString() {
            return name + ": " + Json.show(value.length() > 100 ? value.substring(0, 100) + "...(" + value.length() + ")" : value);
        }
    }

    /** Whether an ordinary client (Java's HttpClient) can send it; otherwise it goes over a raw socket. */
    boolean plain() {
        for (Header header : headers) {
            if (!header.name().matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+") || RESTRICTED.contains(header.name().toLowerCase())) {
                return false;
            }
            for (char c : header.value().toCharArray()) {
                if (c < 0x20 || c > 0x7E) {
                    return false;
                }
            }
        }
        if (!method.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+") || method.equals("CONNECT")) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI("http://localhost" + target);
            return uri.getRawPath() != null && uri.getRawPath().equals(target.split("\\?", 2)[0]);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static final List<String> RESTRICTED = List.of("connection", "content-length", "expect", "host", "upgrade",
            "transfer-encoding");

    @Override
    public String toString() {
        String shown = body == null ? "(no body)" : new String(body, StandardCharsets.UTF_8);
        if (shown.length() > 600) {
            shown = shown.substring(0, 600) + "...(" + body.length + " bytes)";
        }
        return method + " " + (target.length() > 300 ? target.substring(0, 300) + "..." : target) + " as " + caller
                + " " + headers + " " + Json.show(shown) + (mustRefuse ? " [must be refused: " + why + "]" : " [may be accepted]");
    }
}
