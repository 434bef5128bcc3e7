package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.ConsoleApplication;
import cn.jsedu.ledger.console.api.FakeApi;
import cn.jsedu.ledger.kernel.role.Role;
import cn.jsedu.ledger.support.security.LedgerUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The enterprise representative's page (ADR 0022): its own contributions on every platform where its enterprise is a
 * party, each with the college's voucher and its state in words; confirm and dispute only where the contribution is
 * still to be answered; an answer goes to the command API with the form's idempotency key, and the page after it
 * waits for the query side to have applied it; a refusal comes back in the catalogue's words.
 */
@SpringBootTest(classes = ConsoleApplication.class, args = "--" + ConsoleApplication.CONFIG_NAME)
@AutoConfigureMockMvc
class EnterpriseAnswersTest {

    private static final FakeApi APIS = FakeApi.started();
    private static final String REPRESENTATIVE = "{\"username\":\"enterprise-91320200MA1MXXXX1H\","
            + "\"role\":\"ENTERPRISE_REPRESENTATIVE\",\"college\":null,\"enterprise\":\"91320200MA1MXXXX1H\","
            + "\"programme\":\"JS-2020\"}";
    private static final String C = "/api/v1/platforms/JS-101/enterprise-contributions/";

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void apis(DynamicPropertyRegistry properties) {
        APIS.serveTheConsole(properties);
    }

    @AfterAll
    static void stop() {
        APIS.close();
    }

    @BeforeEach
    void reset() {
        APIS.reset();
        APIS.answers("/api/v1/me/enterprise-contributions", 200, """
                {"enterprise":"91320200MA1MXXXX1H","platforms":[{"platformId":"JS-101","title":"智能制造产教融合集成平台",
                "collegeName":"无锡职业技术学院","version":12,"contributions":{"partyId":"E1","name":"无锡先导智能装备股份有限公司",
                "creditCode":"91320200MA1MXXXX1H","pledged":"6000000.00","contributed":"1500000.00","confirmed":"500000.00",
                "disputed":"0.00","unconfirmed":"1000000.00","contributions":[
                {"entryId":"C-1","effectiveDate":"2020-04-15","amount":"500000.00","voucherRef":"入库单-2020-015",
                 "state":"CONFIRMED","reason":null,"eventIds":["e-1","e-2"]},
                {"entryId":"C-2","effectiveDate":"2020-05-20","amount":"1000000.00","voucherRef":"银行回单-0520",
                 "state":"UNCONFIRMED","reason":null,"eventIds":["e-3"]}]}}]}""");
        APIS.answers(C, 200, "{\"platformId\":\"JS-101\",\"version\":13,\"entryId\":\"C-2\"}");
        APIS.answers("/api/v1/platforms/JS-101/enterprise-contributions", 200, "{\"platformId\":\"JS-101\",\"version\":13}");
    }

    private MockHttpSession signedIn() throws Exception {
        return ReceivedInPlaceTest.signedIn(mvc, APIS, REPRESENTATIVE);
    }

    private RenderedPage page(String path, MockHttpSession session) throws Exception {
        return new RenderedPage(mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theSignedInUserIsTheLedgersWithItsEnterpriseAndProgramme() throws Exception {
        MockHttpSession session = signedIn();

        SecurityContext context = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        LedgerUser user = LedgerUser.of(context.getAuthentication());
        // the same user the services see (GET /api/v1/me), not one that lost its binding on the way into the console
        assertThat(user).isEqualTo(new LedgerUser("enterprise-91320200MA1MXXXX1H", Role.ENTERPRISE_REPRESENTATIVE,
                null, "91320200MA1MXXXX1H", "JS-2020"));
    }

    @Test
    void showsItsOwnContributionsWithVouchersAndOffersAnAnswerOnlyWhereOneIsDue() throws Exception {
        MockHttpSession session = signedIn();
        // the representative reads no platform list: the console sends it to its own page
        assertThat(mvc.perform(get("/console/platforms").session(session)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/console/enterprise");

        RenderedPage page = page("/console/enterprise", session);

        String confirmed = page.tag("contribution-JS-101-C-1");
        String open = page.tag("contribution-JS-101-C-2");
        assertThat(page.html()).contains("企业投入确认", "智能制造产教融合集成平台", "无锡职业技术学院",
                "以 无锡先导智能装备股份有限公司（E1）名义登记的投入", "6,000,000.00", "1,000,000.00");
        assertThat(row(page, "contribution-JS-101-C-1")).contains("入库单-2020-015", "500,000.00", "已确认")
                .doesNotContain("<form");
        assertThat(row(page, "contribution-JS-101-C-2")).contains("银行回单-0520", "待确认", "确认无误", "提出异议",
                "/console/enterprise/JS-101/C-2/confirmation", "/console/enterprise/JS-101/C-2/dispute");
        assertThat(confirmed).startsWith("<tr");
        assertThat(open).startsWith("<tr");
        assertThat(page.html()).contains("id=\"nav-enterprise\"").doesNotContain("href=\"/console/platforms\"");
    }

    @Test
    void aConfirmationGoesToTheCommandApiWithTheFormsKeyAndThePageWaitsForIt() throws Exception {
        MockHttpSession session = signedIn();

        MvcResult answered = mvc.perform(post("/console/enterprise/JS-101/C-2/confirmation").session(session).with(csrf())
                .param("idempotencyKey", "console-k-c-C-2")).andReturn();

        FakeApi.Received sent = APIS.received.stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
        assertThat(sent.pathAndQuery()).isEqualTo(C + "C-2/confirmation");
        assertThat(sent.header("Idempotency-Key")).isEqualTo("console-k-c-C-2");
        assertThat(answered.getResponse().getRedirectedUrl()).isEqualTo("/console/enterprise?platform=JS-101&minVersion=13");

        page(answered.getResponse().getRedirectedUrl(), session);
        assertThat(APIS.received).anyMatch(r -> r.method().equals("GET")
                && r.pathAndQuery().startsWith("/api/v1/platforms/JS-101/enterprise-contributions?")
                && r.pathAndQuery().contains("minVersion=13"));
    }

    @Test
    void aDisputeCarriesItsReasonAndARefusalIsShownInWords() throws Exception {
        MockHttpSession session = signedIn();
        mvc.perform(post("/console/enterprise/JS-101/C-2/dispute").session(session).with(csrf())
                .param("reason", "实际到位 80 万元").param("idempotencyKey", "console-k-d-C-2")).andReturn();
        FakeApi.Received sent = APIS.received.stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
        assertThat(sent.pathAndQuery()).isEqualTo(C + "C-2/dispute");
        assertThat(sent.body()).contains("\"reason\":\"实际到位 80 万元\"");

        APIS.answers(C, 409, "{\"status\":409,\"code\":\"CONTRIBUTION_ALREADY_ANSWERED\",\"detail\":\"answered\"}");
        MvcResult refused = mvc.perform(post("/console/enterprise/JS-101/C-2/confirmation").session(session).with(csrf())
                .param("idempotencyKey", "console-k-c-C-2")).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/console/enterprise");
        MockHttpSession after = (MockHttpSession) refused.getRequest().getSession(false);
        String html = mvc.perform(get("/console/enterprise").session(after)
                        .flashAttrs(refused.getFlashMap())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("CONTRIBUTION_ALREADY_ANSWERED", "您已对该投入作出确认或异议。");
    }

    @Test
    void aPathThatIsNoIdIsNotSent() throws Exception {
        MockHttpSession session = signedIn();
        mvc.perform(post("/console/enterprise/JS-101/C 2;x/confirmation").session(session).with(csrf()));
        assertThat(APIS.received).noneMatch(r -> r.method().equals("POST"));
    }

    private static String row(RenderedPage page, String id) {
        String html = page.html().substring(page.html().indexOf("id=\"" + id + "\""));
        return html.substring(0, html.indexOf("</tr>"));
    }
}
