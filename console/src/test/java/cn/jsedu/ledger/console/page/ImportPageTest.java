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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import page (ADR 0024): offered only where the command API lets the user import, the file relayed to the command
 * API as uploaded, and its answer shown: the rows recorded, or every error of the file in a table in Chinese.
 */
@SpringBootTest(classes = ConsoleApplication.class, args = "--" + ConsoleApplication.CONFIG_NAME)
@AutoConfigureMockMvc
class ImportPageTest {

    private static final FakeApi APIS = FakeApi.started();
    private static final String P = "/api/v1/platforms/JS-209";
    private static final String PAGE = "/console/platforms/JS-209/imports/installments";
    private static final String CSV = "\uFEFF资金来源,投入形式,金额,生效日期,凭证\r\nsource,form,amount,effectiveDate,voucherRef\r\n"
            + "PROVINCIAL_FINANCE,CASH,abc,2021-03-01,苏财-1\r\n";

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
        DemoLikeApis.js209(APIS);
        APIS.answers(P + "/permitted-commands", 200, "{\"platformId\":\"JS-209\",\"commands\":[\"installments\","
                + "\"imports/installments\"],\"installmentSources\":[\"PROVINCIAL_FINANCE\"]}");
    }

    private MockHttpSession financeOfficer() throws Exception {
        APIS.answers("/api/v1/me", 200, DemoLikeApis.FINANCE);
        return (MockHttpSession) mvc.perform(formLogin("/login").user("finance1").password("pw"))
                .andExpect(redirectedUrl("/console/finance")).andReturn().getRequest().getSession(false);
    }

    private RenderedPage upload(MockHttpSession session, int expected) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "到位.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8));
        return new RenderedPage(mvc.perform(multipart(PAGE).file(file).session(session).with(csrf()))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void offeredWhereTheCommandApiLetsTheUserImportAndNowhereElse() throws Exception {
        MockHttpSession session = financeOfficer();
        RenderedPage platform = new RenderedPage(mvc.perform(get("/console/platforms/JS-209").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(platform.attribute("import-installments", "href")).isEqualTo(PAGE);
        assertThat(platform.html()).doesNotContain("import-expenditures");

        RenderedPage page = new RenderedPage(mvc.perform(get(PAGE).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.attribute("import-form", "enctype")).isEqualTo("multipart/form-data");
        mvc.perform(get("/console/platforms/JS-209/imports/expenditures").session(session))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyErrorOfARefusedFileIsListedInChinese() throws Exception {
        MockHttpSession session = financeOfficer();
        APIS.answers(P + "/imports/installments", 422, """
                {"code":"IMPORT_ROWS_REFUSED","status":422,"detail":"2 error(s) in the file; nothing was recorded",
                 "errors":[{"row":3,"column":"amount","columnLabel":"金额","code":"VALIDATION_FAILED",
                            "message":"amount: must be a decimal","messageZh":"金额应为以元计的数，最多两位小数，例如 1200.00。"},
                           {"row":4,"column":"amount","columnLabel":"金额","code":"INSUFFICIENT_CASH_BALANCE",
                            "message":"the cash balance would turn negative","messageZh":"该资金来源的现金余额不足，支出后余额将为负数。"}]}""");
        RenderedPage page = upload(session, 422);
        assertThat(page.text("import-refused")).isEqualTo("文件未登记：共 2 处错误，请按下表修改后重新上传。");
        assertThat(page.html()).contains("金额应为以元计的数，最多两位小数，例如 1200.00。")
                .contains("该资金来源的现金余额不足，支出后余额将为负数。").contains("<td>金额</td>");
        FakeApi.Received sent = APIS.received.stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
        assertThat(sent.pathAndQuery()).isEqualTo(P + "/imports/installments");
        assertThat(sent.body()).isEqualTo(CSV);
    }

    /** Enterprise contributions are offered where the command API names their import, relayed to its own path. */
    @Test
    void enterpriseContributionsAreImportedWhereTheCommandApiNamesTheirImport() throws Exception {
        MockHttpSession session = financeOfficer();
        APIS.answers(P + "/permitted-commands", 200, "{\"platformId\":\"JS-209\",\"commands\":["
                + "\"enterprise-contributions\",\"imports/enterprise-contributions\"],\"installmentSources\":[]}");
        String page = "/console/platforms/JS-209/imports/enterprise-contributions";
        RenderedPage platform = new RenderedPage(mvc.perform(get("/console/platforms/JS-209").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(platform.attribute("import-enterprise-contributions", "href")).isEqualTo(page);
        assertThat(platform.text("import-enterprise-contributions")).isEqualTo("导入企业投入");
        assertThat(platform.html()).doesNotContain("import-installments");

        APIS.answers(P + "/imports/enterprise-contributions", 201, """
                {"platformId":"JS-209","kind":"ENTERPRISE_CONTRIBUTION","dryRun":false,"rows":2,"recorded":2,
                 "alreadyRecorded":0,"recordedRows":[3,4],"alreadyRecordedRows":[],"version":16}""");
        MockMultipartFile file = new MockMultipartFile("file", "企业投入.csv", "text/csv",
                CSV.getBytes(StandardCharsets.UTF_8));
        RenderedPage answer = new RenderedPage(mvc.perform(multipart(page).file(file).session(session).with(csrf()))
                .andExpect(status().is(201)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(answer.text("import-result")).isEqualTo("已登记 2 行（文件共 2 行；其中 0 行此前已登记，未重复登记）。");
        assertThat(APIS.received.stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow()
                .pathAndQuery()).isEqualTo(P + "/imports/enterprise-contributions");
    }

    @Test
    void aRecordedFileSaysHowManyRowsWereRecordedAndHowManyHadBeen() throws Exception {
        MockHttpSession session = financeOfficer();
        APIS.answers(P + "/imports/installments", 201, """
                {"platformId":"JS-209","kind":"INSTALLMENT","dryRun":false,"rows":3,"recorded":2,"alreadyRecorded":1,
                 "recordedRows":[4,5],"alreadyRecordedRows":[3],"version":15}""");
        RenderedPage page = upload(session, 201);
        assertThat(page.text("import-result")).isEqualTo("已登记 2 行（文件共 3 行；其中 1 行此前已登记，未重复登记）。");
    }

    /**
     * A large file takes a while: the page names the upload (progressId), the console passes the name on to the
     * command API, and the page's script reads how far it has come through the console while it waits.
     */
    @Test
    void theUploadIsNamedSoThePageCanShowHowFarItHasCome() throws Exception {
        MockHttpSession session = financeOfficer();
        RenderedPage form = new RenderedPage(mvc.perform(get(PAGE).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        String progressId = form.html().replaceAll("(?s).*name=\"progressId\" value=\"([^\"]+)\".*", "$1");
        assertThat(progressId).matches("console-[0-9a-f-]{36}");
        assertThat(form.attribute("import-progress", "data-progress-url"))
                .isEqualTo(PAGE + "/progress/" + progressId);
        assertThat(form.attribute("import-progress", "data-judging")).isEqualTo("已校验 {0} / {1} 行……");

        APIS.answers(P + "/imports/installments", 201, """
                {"platformId":"JS-209","kind":"INSTALLMENT","dryRun":true,"rows":1,"recorded":0,"alreadyRecorded":0,
                 "recordedRows":[],"alreadyRecordedRows":[],"version":12}""");
        MockMultipartFile file = new MockMultipartFile("file", "到位.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart(PAGE).file(file).param("dryRun", "true").param("progressId", progressId)
                .session(session).with(csrf())).andExpect(status().is(201));
        assertThat(APIS.received.stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow()
                .pathAndQuery()).isEqualTo(P + "/imports/installments?dryRun=true&progressId=" + progressId);

        APIS.answers(P + "/imports/progress/" + progressId, 200, """
                {"platformId":"JS-209","progressId":"%s","kind":"INSTALLMENTS","phase":"JUDGING","rows":5000,
                 "judged":1200,"recorded":0,"alreadyRecorded":0,"errors":0}""".formatted(progressId));
        String progress = mvc.perform(get(PAGE + "/progress/" + progressId).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(progress).contains("\"phase\":\"JUDGING\"", "\"judged\":1200", "\"rows\":5000");

        APIS.answers(P + "/imports/progress/unknown", 404, "{\"status\":404,\"code\":\"NOT_FOUND\"}");
        mvc.perform(get(PAGE + "/progress/unknown").session(session)).andExpect(status().isNotFound());
        mvc.perform(post(PAGE).session(session).with(csrf())).andExpect(status().isBadRequest());
    }
}
