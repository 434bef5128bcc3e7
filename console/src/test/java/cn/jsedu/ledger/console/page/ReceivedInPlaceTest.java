package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.ConsoleApplication;
import cn.jsedu.ledger.console.api.FakeApi;
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

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16: JS-209's 实际到位 was net of its recovery while its 到位率 used the gross figure and its chart ended at the
 * gross. On the platform page the three now say one thing: received less recovered, labelled so.
 */
@SpringBootTest(classes = ConsoleApplication.class, args = "--" + ConsoleApplication.CONFIG_NAME)
@AutoConfigureMockMvc
class ReceivedInPlaceTest {

    private static final FakeApi APIS = FakeApi.started();

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
    }

    static MockHttpSession signedIn(MockMvc mvc, FakeApi apis, String me) throws Exception {
        apis.answers("/api/v1/me", 200, me);
        return (MockHttpSession) mvc.perform(formLogin("/login").user("finance1").password("pw")).andReturn()
                .getRequest().getSession(false);
    }

    private RenderedPage page(String path, MockHttpSession session) throws Exception {
        return new RenderedPage(mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theTableTheRateAndTheChartOfAPlatformWithARecoveryAgree() throws Exception {
        MockHttpSession session = signedIn(mvc, APIS, DemoLikeApis.FINANCE);
        DemoLikeApis.js209(APIS);

        RenderedPage page = page("/console/platforms/JS-209", session);

        // 24,000,000.00 arrived, 500,000.00 of it recovered: 23,500,000.00 in place of 30,000,000.00 planned
        assertThat(page.text("received-total")).isEqualTo("23,500,000.00");
        assertThat(page.text("arrivalRate-total")).as("in place ÷ planned, not the API's gross 80.00")
                .isEqualTo("78.33%");
        assertThat(page.text("received-PROVINCIAL_FINANCE")).isEqualTo("9,500,000.00");
        assertThat(page.text("arrivalRate-PROVINCIAL_FINANCE")).isEqualTo("95.00%");
        assertThat(page.lastOf("chart-plan", "累计实际到位（扣除追回）")).as("the chart ends where the table does")
                .isEqualTo("23500000.00");
        assertThat(page.text("text-plan")).contains("累计实际到位（扣除追回）23,500,000.00 元");
        assertThat(page.attribute("received-total", "class")).contains("num");
        assertThat(page.html()).contains("title=\"实际到位 = 到位（现金）+ 到位（非现金）− 追回");
    }
}
