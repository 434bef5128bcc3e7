package cn.jsedu.ledger.console;

import cn.jsedu.ledger.console.api.FakeApi;
import cn.jsedu.ledger.support.security.LedgerUser;
import cn.jsedu.ledger.kernel.role.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console application against stand-ins for the two APIs: a login is the query API's answer to {@code /me}
 * (no user list of the console's own), every call carries the relay channel, and what the APIs refuse becomes the
 * console's own page (their 404 and 403, a read model catching up, a command the command API does not permit).
 */
@SpringBootTest(classes = ConsoleApplication.class, args = "--" + ConsoleApplication.CONFIG_NAME)
@AutoConfigureMockMvc
class ConsoleAgainstTheApisTest {

    private static final FakeApi APIS = FakeApi.started();
    private static final String ME = "{\"username\":\"college-9\",\"role\":\"COLLEGE_OFFICER\",\"college\":\"8600000009\"}";

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void apis(DynamicPropertyRegistry properties) {
        APIS.serveTheConsole(properties);
        properties.add("ledger.console.relay-key", () -> "test-relay-key");
    }

    @AfterAll
    static void stop() {
        APIS.close();
    }

    @BeforeEach
    void reset() {
        APIS.reset();
    }

    private MockHttpSession signedIn() throws Exception {
        APIS.answers("/api/v1/me", 200, ME);
        MvcResult login = mvc.perform(formLogin("/login").user("college-9").password("pw"))
                .andExpect(redirectedUrl("/console")).andReturn();
        APIS.received.clear();
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    @Test
    void aLoginIsWhatTheQueryApiAnswersForTheCredentials() throws Exception {
        APIS.answers("/api/v1/me", 200, ME);
        MvcResult login = mvc.perform(formLogin("/login").user("college-9").password("pw"))
                .andExpect(redirectedUrl("/console"))
                .andExpect(authenticated().withUsername("college-9")
                        .withAuthorities(LedgerUser.authorities(Role.COLLEGE_OFFICER, "8600000009"))).andReturn();

        assertThat(APIS.received).singleElement().satisfies(call -> {
            assertThat(call.pathAndQuery()).isEqualTo("/api/v1/me");
            assertThat(call.header("Authorization")).isEqualTo("Basic "
                    + Base64.getEncoder().encodeToString("college-9:pw".getBytes(StandardCharsets.UTF_8)));
            assertThat(call.header("X-Ledger-Relay-Key")).isEqualTo("test-relay-key");
            assertThat(call.header("X-Ledger-Client-Address")).isEqualTo("127.0.0.1");
            assertThat(call.header("X-Correlation-Id")).as("the login request's own")
                    .isEqualTo(login.getResponse().getHeader("X-Correlation-Id"));
        });
    }

    @Test
    void credentialsTheServicesDoNotKnowAreRefusedAndAnUnansweredLoginSaysSo() throws Exception {
        APIS.answers("/api/v1/me", 401, "{\"status\":401,\"code\":\"UNAUTHENTICATED\"}");
        mvc.perform(formLogin("/login").user("auditor").password("wrong"))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        APIS.answers("/api/v1/me", 503, "{\"status\":503,\"code\":\"SERVICE_UNAVAILABLE\"}");
        mvc.perform(formLogin("/login").user("auditor").password("right"))
                .andExpect(redirectedUrl("/login?unavailable")).andExpect(unauthenticated());
        mvc.perform(get("/console")).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void everyReadOfAPageCarriesTheRelayChannel() throws Exception {
        MockHttpSession session = signedIn();
        APIS.answers("/api/v1/platforms", 200, "{\"page\":0,\"size\":500,\"total\":0,\"items\":[]}");
        // a browser's correlation id is its own business: the console relays the id it gave the page request
        var page = mvc.perform(get("/console/platforms").session(session).header("X-Correlation-Id", "page-request-7"))
                .andExpect(status().isOk()).andReturn();
        // the navigation's inbox count (ADR 0025; at most once a minute per session), then the page's own read
        assertThat(APIS.received).extracting(FakeApi.Received::pathAndQuery)
                .containsExactly("/api/v1/me/inbox", "/api/v1/platforms?size=500");
        assertThat(APIS.received).allSatisfy(call -> {
            assertThat(call.header("X-Correlation-Id")).isEqualTo(page.getResponse().getHeader("X-Correlation-Id"))
                    .isNotEqualTo("page-request-7");
            assertThat(call.header("X-Ledger-Client-Address")).isEqualTo("127.0.0.1");
            assertThat(call.header("X-Ledger-Relay-Key")).isEqualTo("test-relay-key");
            assertThat(call.header("Authorization")).startsWith("Basic ");
        });
    }

    @Test
    void whatTheApisRefuseIsTheConsolesOwnPage() throws Exception {
        MockHttpSession session = signedIn();
        APIS.answers("/api/v1/platforms/OTHER", 404, "{\"status\":404,\"code\":\"PLATFORM_NOT_FOUND\"}");
        mvc.perform(get("/console/platforms/OTHER").session(session))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("没有找到该页面或平台。")));

        APIS.answers("/api/v1/programme", 403, "{\"status\":403,\"code\":\"ACCESS_DENIED\"}");
        mvc.perform(get("/console").session(session)).andExpect(redirectedUrl("/console/platforms"));

        APIS.answers("/api/v1/platforms/BEHIND", 503, "{\"status\":503,\"code\":\"READ_MODEL_BEHIND\"}");
        mvc.perform(get("/console/platforms/BEHIND?minVersion=9").session(session))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("/console/platforms/BEHIND?minVersion=9")));

        APIS.answers("/api/v1/platforms/OWN", 200, "{\"platformId\":\"OWN\",\"version\":3,\"parties\":[]}");
        APIS.answers("/api/v1/platforms/OWN/permitted-commands", 200,
                "{\"platformId\":\"OWN\",\"commands\":[\"installments\"],\"installmentSources\":[\"COLLEGE\"]}");
        mvc.perform(get("/console/platforms/OWN/commands/decision").session(session))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("您的角色无权访问此页面。")));
        mvc.perform(get("/console/platforms/OWN/commands/installment").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"COLLEGE\"")));
    }
}
