package cn.jsedu.ledger.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * After loading: waits until the query side has applied every platform's last version, then reads the programme's
 * readiness and checks each platform against its story (READY or NOT_READY, and why), and that the evaluation round
 * was published with the grades the demo gives, so a demo that no longer shows what it should fails loudly instead
 * of quietly showing something else.
 */
final class DemoSummary {

    private final LedgerHttp http;
    private final PrintStream out;
    private final String consoleUrl;

    DemoSummary(LedgerHttp http, PrintStream out, String consoleUrl) {
        this.http = http;
        this.out = out;
        this.consoleUrl = consoleUrl;
    }

    int report(List<DemoPlatform> platforms, Map<String, Long> versions, List<String> failed) throws InterruptedException {
        try {
            for (Map.Entry<String, Long> v : versions.entrySet()) {
                awaitVersion(v.getKey(), v.getValue());
            }
            LedgerHttp.Answer answer = http.query("auditor", "/api/v1/programme/readiness?size=500");
            if (!answer.ok()) {
                out.println("Could not read the programme's readiness: " + answer.problem());
                return 1;
            }
            Map<String, JsonNode> rows = new HashMap<>();
            answer.body().path("rows").forEach(r -> rows.put(r.path("platformId").asText(), r));
            List<String> unexpected = new ArrayList<>();
            int ready = 0;
            out.println();
            for (DemoPlatform p : platforms) {
                JsonNode row = rows.get(p.platformId());
                if (row == null || !versions.containsKey(p.platformId())) {
                    continue;
                }
                boolean isReady = "READY".equals(row.path("overall").asText());
                ready += isReady ? 1 : 0;
                if (!isReady) {
                    out.printf("  %s %-8s %-22s NOT_READY: %s%n", p.platformId(), row.path("status").asText(),
                            p.scenario(), row.path("failing"));
                }
                if (isReady != p.scenario().ready()) {
                    unexpected.add(p.platformId() + " is " + row.path("overall").asText() + " but its story ("
                            + p.scenario() + ") says " + (p.scenario().ready() ? "READY" : "NOT_READY"));
                }
            }
            out.printf("%nDemo programme loaded: %d platforms, %d READY for acceptance, %d NOT_READY.%n",
                    versions.size(), ready, versions.size() - ready);
            evaluation(unexpected);
            unexpected.forEach(u -> out.println("UNEXPECTED: " + u));
            if (!failed.isEmpty()) {
                out.println("Refused or failed: " + failed);
            }
            out.println("Open the console: " + consoleUrl + "/console  (admin1/admin1-demo, finance/finance-demo, "
                    + "auditor/auditor-demo, college-01 … college-30 with password college-NN-demo)");
            return failed.isEmpty() && unexpected.isEmpty() ? 0 : 1;
        } catch (IOException e) {
            out.println("The query side did not answer: " + e.getMessage());
            return 1;
        }
    }

    /** The demo's evaluation round ({@link EvaluationScript}) ends published, every grade 合格 or 良好. */
    private void evaluation(List<String> unexpected) throws IOException, InterruptedException {
        JsonNode round = null;
        for (int i = 0; i < 60; i++) {
            LedgerHttp.Answer answer = http.query("auditor", "/api/v1/evaluation-rounds/" + EvaluationScript.ROUND_ID);
            round = answer.ok() ? answer.body() : null;
            if (round != null && "PUBLISHED".equals(round.path("status").asText())) {
                break;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        if (round == null || !"PUBLISHED".equals(round.path("status").asText())) {
            unexpected.add(EvaluationScript.ROUND_ID + " is " + (round == null ? "missing" : round.path("status").asText())
                    + " but the demo publishes it");
            return;
        }
        Map<String, Integer> grades = new java.util.TreeMap<>();
        round.path("results").forEach(r -> grades.merge(r.path("grade").asText(), 1, Integer::sum));
        out.printf("Evaluation round %s (中期检查, batch %d, as of %s) published: %d platforms, grades %s.%n",
                EvaluationScript.ROUND_ID, EvaluationScript.BATCH, EvaluationScript.REFERENCE_DATE,
                round.path("results").size(), grades);
        if (grades.containsKey("EXCELLENT") || grades.containsKey("FAILED") || round.path("results").isEmpty()) {
            unexpected.add(EvaluationScript.ROUND_ID + " graded " + grades + ": the demo gives 合格 or 良好 only");
        }
    }

    private void awaitVersion(String platformId, long version) throws IOException, InterruptedException {
        for (int i = 0; i < 60; i++) {
            LedgerHttp.Answer answer = http.query("auditor", "/api/v1/platforms/" + LedgerHttp.encode(platformId)
                    + "?minVersion=" + version);
            if (answer.ok()) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new IOException("the query side has not applied version " + version + " of " + platformId);
    }
}
