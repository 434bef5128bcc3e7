package cn.jsedu.ledger.system.evaluation;

import cn.jsedu.ledger.system.Commands;
import cn.jsedu.ledger.system.LedgerSystem;
import cn.jsedu.ledger.testsupport.Api;
import cn.jsedu.ledger.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evaluation scores through both APIs (ADR 0026): money recorded through the command API, objective scores, the
 * ranking and its spreadsheet read from the query API. EVS-1 has 13,000,000.00 in place (3,000,000.00 from E1) and
 * 4,000,000.00 spent; EVS-2 only 10,000,000.00 of provincial money; both of batch 2 from 2020-03-01. The reference
 * date 2021-09-01 is 549 of 1,095 days into the construction period.
 */
class EvaluationIT {

    private static final String REF = "referenceDate=2021-09-01";
    private static LedgerSystem ledger;
    private static Commands commands;
    private static long funded;

    @BeforeAll
    static void twoPlatforms() {
        ledger = LedgerSystem.get();
        commands = new Commands(ledger.commands);
        commands.approvedPlatform("EVS-1", "8600007001");
        commands.installment("EVS-1", "I-1", "PROVINCIAL_FINANCE", "10000000.00", "2020-04-01");
        commands.contribution("EVS-1", "C-1", "E1", "CASH", "3000000.00", "2020-05-01");
        funded = commands.expenditure("EVS-1", "X-1", "PROVINCIAL_FINANCE", null, "4000000.00", "2020-06-01");
        commands.approvedPlatform("EVS-2", "8600007002");
        long second = commands.installment("EVS-2", "I-1", "PROVINCIAL_FINANCE", "10000000.00", "2020-04-01");
        commands.declared("EVS-3", "8600007003");
        expect(ledger.queries.get("/api/v1/platforms/EVS-1?minVersion=" + funded), 200);
        expect(ledger.queries.get("/api/v1/platforms/EVS-2?minVersion=" + second), 200);
    }

    private static JsonNode item(JsonNode scores, String code) {
        for (JsonNode item : scores.path("items")) {
            if (item.path("code").asText().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("no item " + code + " in " + scores);
    }

    @Test
    void everyObjectiveScoreNamesEventsOfThePlatformsHistory() {
        JsonNode scores = expect(ledger.queries.as("college-8600007001")
                .get("/api/v1/platforms/EVS-1/evaluation-scores?" + REF), 200).json();

        assertThat(item(scores, "FUNDS_IN_PLACE").path("centipoints").asInt()).isEqualTo(1037);
        assertThat(item(scores, "ENTERPRISE_SHARE").path("centipoints").asInt()).isEqualTo(553);
        assertThat(item(scores, "EXECUTION").path("centipoints").asInt()).isEqualTo(307);
        assertThat(item(scores, "FUNDS_IN_PLACE").path("figures").path("received").asText()).isEqualTo("13000000.00");
        assertThat(scores.path("schemeVersion").asInt()).isEqualTo(1);
        Set<String> history = new HashSet<>();
        expect(ledger.queries.get("/api/v1/platforms/EVS-1/history"), 200).json()
                .forEach(e -> history.add(e.path("eventId").asText()));
        List<String> cited = new ArrayList<>();
        scores.path("items").forEach(i -> i.path("eventIds").forEach(id -> cited.add(id.asText())));
        assertThat(cited).isNotEmpty();
        assertThat(history).containsAll(cited);
        assertThat(item(scores, "FUNDS_IN_PLACE").path("eventIds")).hasSize(3);

        assertThat(ledger.queries.as("college-8600007002").get("/api/v1/platforms/EVS-1/evaluation-scores?" + REF)
                .status()).as("another college's platform").isEqualTo(404);
    }

    @Test
    void askedAgainAsKnownAtTheFirstAnswerTheScoresAreTheSameAfterACorrection() {
        long signed = commands.approvedPlatform("EVS-4", "8600007004");
        expect(ledger.queries.get("/api/v1/platforms/EVS-4?minVersion=" + signed), 200);
        commands.installment("EVS-4", "I-1", "PROVINCIAL_FINANCE", "10000000.00", "2020-04-01");
        commands.contribution("EVS-4", "C-1", "E1", "CASH", "3000000.00", "2020-05-01");
        // no minVersion: an answer "as known now" waits for what the store already holds, so that it is reproducible
        JsonNode first = expect(ledger.queries.get("/api/v1/platforms/EVS-4/evaluation-scores?" + REF), 200).json();
        String knownAt = first.path("knownAt").asText();
        assertThat(item(first, "ENTERPRISE_SHARE").path("centipoints").asInt()).as("800 × 3 × 3M ÷ 13M").isEqualTo(553);

        long corrected = commands.correction("EVS-4", "ADJ-1", "C-1", "1000000.00");
        JsonNode now = expect(ledger.queries.get("/api/v1/platforms/EVS-4/evaluation-scores?" + REF
                + "&minVersion=" + corrected), 200).json();
        assertThat(item(now, "ENTERPRISE_SHARE").path("centipoints").asInt()).as("800 × 3 × 1M ÷ 11M").isEqualTo(218);

        JsonNode again = expect(ledger.queries.get("/api/v1/platforms/EVS-4/evaluation-scores?" + REF
                + "&knownAt=" + knownAt), 200).json();
        assertThat(again).isEqualTo(first);
    }

    @Test
    void theRankingPutsTheBetterPlatformFirstAndItsWorkbookSaysTheSame() throws Exception {
        JsonNode ranking = expect(ledger.queries.as("admin1")
                .get("/api/v1/programmes/JS-PLATFORMS-2019/evaluation-ranking?batch=2&" + REF), 200).json();
        List<String> order = new ArrayList<>();
        ranking.path("rows").forEach(r -> order.add(r.path("scores").path("platformId").asText()));
        assertThat(order).contains("EVS-1", "EVS-2").doesNotContain("EVS-3");
        assertThat(order.indexOf("EVS-1")).isLessThan(order.indexOf("EVS-2"));
        String knownAt = ranking.path("knownAt").asText();

        byte[] xlsx = download("/api/v1/programmes/JS-PLATFORMS-2019/evaluation-ranking.xlsx?batch=2&" + REF
                + "&knownAt=" + knownAt);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("评价排名");
            Map<String, Integer> columns = new HashMap<>();
            sheet.getRow(1).forEach(c -> columns.put(c.getStringCellValue(), c.getColumnIndex()));
            Map<String, Row> byPlatform = new HashMap<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                byPlatform.put(row.getCell(columns.get("platformId")).getStringCellValue(), row);
            }
            JsonNode evalOne = null;
            for (JsonNode row : ranking.path("rows")) {
                if (row.path("scores").path("platformId").asText().equals("EVS-1")) {
                    evalOne = row;
                }
            }
            Row one = byPlatform.get("EVS-1");
            assertThat((int) one.getCell(columns.get("rank")).getNumericCellValue()).isEqualTo(evalOne.path("rank").asInt());
            assertThat(one.getCell(columns.get("objectivePoints")).getNumericCellValue())
                    .isEqualTo(evalOne.path("scores").path("objectiveCentipoints").asInt() / 100.0);
            assertThat(one.getCell(columns.get("FUNDS_IN_PLACE.eventIds")).getStringCellValue().split(" ")).hasSize(3);
            Sheet notes = book.getSheet("说明");
            StringBuilder text = new StringBuilder();
            notes.forEach(row -> row.forEach(c -> text.append(c.getStringCellValue()).append('\n')));
            assertThat(text).contains("2021-09-01").contains(knownAt).contains("v1");
        }
        try (PDDocument pdf = Loader.loadPDF(download("/api/v1/programmes/JS-PLATFORMS-2019/evaluation-ranking.pdf?batch=2&"
                + REF + "&knownAt=" + knownAt))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("绩效评价客观得分排名", "EVS-1", "EVS-2", knownAt);
            assertThat(text.indexOf("EVS-1")).isLessThan(text.indexOf("EVS-2"));
            for (JsonNode id : item(evalOne(ranking), "FUNDS_IN_PLACE").path("eventIds")) {
                assertThat(text).contains(id.asText());
            }
        }
    }

    private static JsonNode evalOne(JsonNode ranking) {
        for (JsonNode row : ranking.path("rows")) {
            if (row.path("scores").path("platformId").asText().equals("EVS-1")) {
                return row.path("scores");
            }
        }
        throw new AssertionError("EVS-1 not ranked: " + ranking);
    }

    @Test
    void refusalsNameTheirParameter() {
        Api.Response scheme = ledger.queries.get("/api/v1/platforms/EVS-1/evaluation-scores?schemeVersion=2");
        assertThat(scheme.status()).isEqualTo(400);
        assertThat(scheme.json().path("errors").get(0).path("field").asText()).isEqualTo("schemeVersion");
        Api.Response date = ledger.queries.get("/api/v1/platforms/EVS-1/evaluation-scores?referenceDate=0001-01-01");
        assertThat(date.status()).isEqualTo(400);
        assertThat(date.json().path("errors").get(0).path("field").asText()).isEqualTo("referenceDate");
        Api.Response declaredOnly = ledger.queries.get("/api/v1/platforms/EVS-3/evaluation-scores?" + REF);
        assertThat(declaredOnly.status()).isEqualTo(422);
        assertThat(declaredOnly.code()).isEqualTo("PLATFORM_NOT_APPROVED");
        Api.Response programme = ledger.queries.get("/api/v1/programmes/NO-SUCH/evaluation-ranking");
        assertThat(programme.status()).isEqualTo(404);
        Api.Response batch = ledger.queries.get("/api/v1/programmes/JS-PLATFORMS-2019/evaluation-ranking?batch=0");
        assertThat(batch.status()).isEqualTo(400);
        assertThat(batch.json().path("errors").get(0).path("field").asText()).isEqualTo("batch");
    }

    private static byte[] download(String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("auditor:" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(ledger.queries.base() + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Basic " + basic).GET().build();
        HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return response.body();
    }
}
