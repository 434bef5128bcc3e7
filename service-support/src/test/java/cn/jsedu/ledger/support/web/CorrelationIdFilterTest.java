package cn.jsedu.ledger.support.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The correlation id of a request is the server's: in the log context while it runs, in the response, and on the
 * request; a client's own id is kept apart, and only the console with the relay key names the id and the address.
 */
class CorrelationIdFilterTest {

    private static final RelayChannel RELAY = new RelayChannel("the-relay-key");

    @AfterEach
    void clear() {
        MDC.clear();
    }

    private static MockHttpServletRequest request(String... headers) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/platforms");
        request.setRemoteAddr("192.0.2.10");
        for (int i = 0; i < headers.length; i += 2) {
            request.addHeader(headers[i], headers[i + 1]);
        }
        return request;
    }

    @Test
    void theServerGeneratesTheIdAndKeepsAWellFormedClientIdApart() throws Exception {
        List<String> seen = new ArrayList<>();
        List<String> seenClient = new ArrayList<>();
        MockHttpServletRequest request = request(CorrelationIdFilter.HEADER, "req-1");
        MockHttpServletResponse response = new MockHttpServletResponse();
        new CorrelationIdFilter(RELAY).doFilter(request, response, (req, res) -> {
            seen.add(MDC.get(CorrelationIdFilter.MDC_KEY));
            seenClient.add(MDC.get(CorrelationIdFilter.CLIENT_MDC_KEY));
        });
        assertThat(seen.get(0)).isNotBlank().isNotEqualTo("req-1");
        assertThat(response.getHeader(CorrelationIdFilter.HEADER)).isEqualTo(seen.get(0));
        assertThat(CorrelationIdFilter.of(request)).isEqualTo(seen.get(0));
        assertThat(seenClient).containsExactly("req-1");
        assertThat(CorrelationIdFilter.clientIdOf(request)).isEqualTo("req-1");
        assertThat(CorrelationIdFilter.clientAddressOf(request)).isEqualTo("192.0.2.10");
        assertThat(MDC.get(CorrelationIdFilter.MDC_KEY)).as("cleared after the request").isNull();
        assertThat(MDC.get(CorrelationIdFilter.CLIENT_MDC_KEY)).isNull();
    }

    @Test
    void aMalformedClientIdIsDropped() throws Exception {
        for (String given : new String[] {"bad id with spaces", "x".repeat(65), "测试"}) {
            MockHttpServletRequest request = request(CorrelationIdFilter.HEADER, given);
            new CorrelationIdFilter(RELAY).doFilter(request, new MockHttpServletResponse(), (req, res) -> { });
            assertThat(CorrelationIdFilter.clientIdOf(request)).as(given).isNull();
            assertThat(CorrelationIdFilter.of(request)).isNotEqualTo(given);
        }
    }

    @Test
    void theConsoleWithTheKeyNamesTheIdAndTheAddress() throws Exception {
        MockHttpServletRequest request = request(RelayChannel.KEY_HEADER, "the-relay-key",
                RelayChannel.CLIENT_ADDRESS_HEADER, "2001:db8::7", CorrelationIdFilter.HEADER, "console-1");
        MockHttpServletResponse response = new MockHttpServletResponse();
        new CorrelationIdFilter(RELAY).doFilter(request, response, (req, res) -> { });
        assertThat(CorrelationIdFilter.of(request)).isEqualTo("console-1");
        assertThat(response.getHeader(CorrelationIdFilter.HEADER)).isEqualTo("console-1");
        assertThat(CorrelationIdFilter.clientIdOf(request)).isNull();
        assertThat(CorrelationIdFilter.clientAddressOf(request)).isEqualTo("2001:db8::7");
    }

    @Test
    void withoutTheRightKeyTheRelayHeadersAreIgnored() throws Exception {
        for (CorrelationIdFilter filter : new CorrelationIdFilter[] {new CorrelationIdFilter(RELAY),
                new CorrelationIdFilter(), new CorrelationIdFilter(new RelayChannel(""))}) {
            for (String key : new String[] {"wrong", "the-relay-key ", "", "the-relay-keY"}) {
                MockHttpServletRequest request = request(RelayChannel.KEY_HEADER, key,
                        RelayChannel.CLIENT_ADDRESS_HEADER, "203.0.113.9", CorrelationIdFilter.HEADER, "forged-1");
                filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> { });
                assertThat(CorrelationIdFilter.of(request)).as(key).isNotEqualTo("forged-1");
                assertThat(CorrelationIdFilter.clientIdOf(request)).isEqualTo("forged-1");
                assertThat(CorrelationIdFilter.clientAddressOf(request)).isEqualTo("192.0.2.10");
            }
        }
        // the right key on a server that trusts no relay
        MockHttpServletRequest request = request(RelayChannel.KEY_HEADER, "the-relay-key",
                RelayChannel.CLIENT_ADDRESS_HEADER, "203.0.113.9");
        new CorrelationIdFilter().doFilter(request, new MockHttpServletResponse(), (req, res) -> { });
        assertThat(CorrelationIdFilter.clientAddressOf(request)).isEqualTo("192.0.2.10");
    }

    @Test
    void aRelayedAddressMustBeAnIpLiteral() throws Exception {
        for (String address : new String[] {"evil.example", "1.2.3.4; DROP", "::", "", "x".repeat(50)}) {
            MockHttpServletRequest request = request(RelayChannel.KEY_HEADER, "the-relay-key",
                    RelayChannel.CLIENT_ADDRESS_HEADER, address);
            new CorrelationIdFilter(RELAY).doFilter(request, new MockHttpServletResponse(), (req, res) -> { });
            assertThat(CorrelationIdFilter.clientAddressOf(request)).as(address).isEqualTo("192.0.2.10");
        }
    }
}
