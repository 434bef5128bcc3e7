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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Evidence documents attached to a command form (issue 14 part 2, ADR 0021): each file goes to the command API's
 * document upload first, with its name; the command then cites the hashes the API answered. A file the API refuses
 * is answered on the form, no command is sent, and the hashes already stored ride along in the form for the next try.
 */
@SpringBootTest(classes = ConsoleApplication.class, args = "--" + ConsoleApplication.CONFIG_NAME)
@AutoConfigureMockMvc
class DocumentsOnFormsTest {

    private static final FakeApi APIS = FakeApi.started();
    private static final String P = "/api/v1/platforms/JS-209";
    private static final String FORM = "/console/platforms/JS-209/commands/installment";
    private static final String HASH_A = "a".repeat(64);
    private static final String HASH_B = "b".repeat(64);

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
                + "\"documents\"],\"installmentSources\":[\"PROVINCIAL_FINANCE\"]}");
        APIS.answers(P + "/installments", 201, "{\"platformId\":\"JS-209\",\"version\":13,\"entryId\":\"I-9\"}");
    }

    private MockHttpSession financeOfficer() throws Exception {
        return ReceivedInPlaceTest.signedIn(mvc, APIS, DemoLikeApis.FINANCE);
    }

    private static MockMultipartHttpServletRequestBuilder installment(MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder form = multipart(FORM);
        for (MockMultipartFile file : files) {
            form.file(file);
        }
        form.param("source", "PROVINCIAL_FINANCE").param("form", "CASH").param("amount", "1,000.00")
                .param("effectiveDate", "2021-03-01").param("voucherRef", "苏财-9").param("idempotencyKey", "console-k-doc");
        return form;
    }

    private static MockMultipartFile pdf(String name) {
        return new MockMultipartFile("documentFiles", name, "application/pdf",
                "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII));
    }

    private static List<FakeApi.Received> posts() {
        return APIS.received.stream().filter(r -> r.method().equals("POST")).toList();
    }

    @Test
    void theFormTakesFilesAndTheCommandCitesTheHashesTheApiAnswered() throws Exception {
        MockHttpSession session = financeOfficer();
        String form = mvc.perform(get(FORM).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("enctype=\"multipart/form-data\"", "name=\"documentFiles\"", "证明材料");

        APIS.answers(P + "/documents", 201, "{\"platformId\":\"JS-209\",\"sha256\":\"" + HASH_A
                + "\",\"mediaType\":\"application/pdf\",\"sizeBytes\":13}");
        MvcResult sent = mvc.perform(installment(pdf("C:\\扫描\\到账凭证 1.pdf")).session(session).with(csrf()))
                .andReturn();

        assertThat(posts()).extracting(FakeApi.Received::pathAndQuery).as("the file first, then the command")
                .containsExactly(P + "/documents?fileName=%E5%88%B0%E8%B4%A6%E5%87%AD%E8%AF%81%201.pdf", P + "/installments");
        assertThat(posts().get(0).header("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(posts().get(0).body()).isEqualTo("%PDF-1.4 test");
        assertThat(posts().get(1).body()).contains("\"documents\":[\"" + HASH_A + "\"]", "\"amount\":\"1000.00\"");
        assertThat(posts().get(1).header("Idempotency-Key")).isEqualTo("console-k-doc");
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/console/platforms/JS-209?minVersion=13");
    }

    @Test
    void thePlatformPageListsTheDocumentsWithWhatCitesThemAndTheConsoleRelaysTheDownload() throws Exception {
        MockHttpSession session = financeOfficer();
        RenderedPage page = new RenderedPage(mvc.perform(get("/console/platforms/JS-209").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        String row = page.html().substring(page.html().indexOf(page.tag("document-" + "e".repeat(64))));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("到账凭证.pdf", "123,456 字节", "finance1", "资金到位", "I-3",
                "/console/platforms/JS-209/documents/" + "e".repeat(64), "#ev-9a1c-inst");

        APIS.answersFile(P + "/documents/" + "e".repeat(64), "application/pdf", "%PDF-1.4 relayed");
        var download = mvc.perform(get("/console/platforms/JS-209/documents/" + "e".repeat(64)).session(session))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(download.getContentAsString()).isEqualTo("%PDF-1.4 relayed");
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(APIS.received).anyMatch(r -> r.pathAndQuery().equals(P + "/documents/" + "e".repeat(64)));
        mvc.perform(get("/console/platforms/JS-209/documents/not-a-hash").session(session))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFileTheApiRefusesIsAnsweredOnTheFormAndNoCommandIsSent() throws Exception {
        MockHttpSession session = financeOfficer();
        APIS.answers(P + "/documents", 422, "{\"status\":422,\"code\":\"DOCUMENT_TYPE_NOT_ALLOWED\",\"detail\":\"no\","
                + "\"errors\":[{\"field\":\"body\",\"message\":\"none of PDF, PNG, JPEG, XLSX, DOCX\"}]}");

        String page = mvc.perform(installment(new MockMultipartFile("documentFiles", "x.exe", "application/octet-stream",
                        new byte[] {0x4d, 0x5a})).param("documents", HASH_B + ",not-a-hash").session(session).with(csrf()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(posts()).extracting(FakeApi.Received::pathAndQuery).as("no command after a refused file")
                .containsExactly(P + "/documents?fileName=x.exe");
        assertThat(page).contains("DOCUMENT_TYPE_NOT_ALLOWED", "证明材料只接受便携文档")
                .contains("value=\"" + HASH_B + "\"").doesNotContain("not-a-hash")
                .contains("已上传 1 份证明材料");
    }

    @Test
    void aSecondSubmitCitesTheDocumentsOfTheFirstWithoutUploadingThemAgain() throws Exception {
        MockHttpSession session = financeOfficer();
        mvc.perform(installment().param("documents", HASH_B).session(session).with(csrf())).andReturn();
        assertThat(posts()).extracting(FakeApi.Received::pathAndQuery).containsExactly(P + "/installments");
        assertThat(posts().get(0).body()).contains("\"documents\":[\"" + HASH_B + "\"]");

        APIS.received.clear();
        mvc.perform(installment(pdf("1.pdf"), pdf("2.pdf")).param("documents", String.join(",", HASH_A, HASH_B, "c".repeat(64),
                "d".repeat(64))).session(session).with(csrf())).andExpect(status().is(400));
        assertThat(posts()).as("six documents: refused before anything is sent").isEmpty();
    }
}
