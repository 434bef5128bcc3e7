package cn.jsedu.ledger.demo;


import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Loads the demo programme (thirty platforms, see {@link DemoPlatform}), a rule change with an effective date and a
 * small second programme ({@link ProgrammeScript}), audit findings in each state ({@link FindingScript}) and a published
 * evaluation round ({@link EvaluationScript}) through
 * the real command API as the local profile's demo users,
 * showing progress, then checks on the query API that every platform ended READY or NOT_READY
 * as its story says. Every command carries a fixed Idempotency-Key, so loading again records nothing twice.
 *
 * <pre>java -cp "demo/target/demo.jar:demo/target/lib/*" cn.jsedu.ledger.demo.DemoLoader [--command-url http://localhost:8081] [--query-url http://localhost:8082]
 *     [--console-url http://localhost:8083]</pre>
 * Exit code 0: loaded and as expected; 1: a command was refused or a platform ended otherwise; 2: not reachable.
 */
public final class DemoLoader {

    private final LedgerHttp http;
    private final PrintStream out;
    private final String consoleUrl;

    DemoLoader(LedgerHttp http, PrintStream out, String consoleUrl) {
        this.http = http;
        this.out = out;
        this.consoleUrl = consoleUrl;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        LedgerHttp http = new LedgerHttp(options.getOrDefault("--command-url", "http://localhost:8081"),
                options.getOrDefault("--query-url", "http://localhost:8082"));
        System.exit(new DemoLoader(http, out, options.getOrDefault("--console-url", "http://localhost:8083"))
                .run(DemoPlatform.programme()));
    }

    int run(List<DemoPlatform> platforms) throws InterruptedException {
        if (!waitForHealth()) {
            out.println("The ledger is not reachable at " + http.commandUrl() + " and " + http.queryUrl()
                    + "; start it with ./ledger run");
            return 2;
        }
        out.println("Loading the demo programme: " + platforms.size() + " platforms through " + http.commandUrl());
        Map<String, Long> versions = new HashMap<>();
        List<String> failed = new ArrayList<>();
        int n = 0;
        for (DemoPlatform p : platforms) {
            out.printf("[%2d/%d] %s %s · %s ", ++n, platforms.size(), p.platformId(), p.college().name(), p.theme().title());
            try {
                Long version = load(p);
                if (version != null) {
                    versions.put(p.platformId(), version);
                }
            } catch (IOException e) {
                out.println(" failed: " + e.getMessage());
                failed.add(p.platformId());
            } catch (Refused e) {
                out.println(" refused: " + e.getMessage());
                failed.add(p.platformId());
            }
        }
        failed.addAll(loadFindings(platforms));
        failed.addAll(loadProgrammes(platforms));
        failed.addAll(loadEvaluation());
        return new DemoSummary(http, out, consoleUrl).report(platforms, versions, failed);
    }

    /** The audit findings ({@link FindingScript}) on platforms that have none yet; what was refused. */
    private List<String> loadFindings(List<DemoPlatform> platforms) throws InterruptedException {
        List<String> failed = new ArrayList<>();
        Map<String, List<Step>> findings = FindingScript.of(platforms, LocalDate.now(ZoneId.of("Asia/Shanghai")));
        out.print("Audit findings on " + String.join(", ", findings.keySet()) + " ");
        for (Map.Entry<String, List<Step>> platform : findings.entrySet()) {
            try {
                if (!findingsRecorded(platform.getKey())) {
                    for (Step step : platform.getValue()) {
                        LedgerHttp.Answer answer = http.post(step);
                        if (!answer.ok()) {
                            throw new Refused(step, answer);
                        }
                        out.print('.');
                    }
                }
            } catch (IOException e) {
                out.print(" failed: " + e.getMessage());
                failed.add(platform.getKey());
            } catch (Refused e) {
                out.print(" refused: " + e.getMessage());
                failed.add(platform.getKey());
            }
        }
        out.println(" done");
        return failed;
    }

    /** A later run would otherwise record them again with that day's deadlines. */
    private boolean findingsRecorded(String platformId) throws IOException, InterruptedException {
        LedgerHttp.Answer answer = http.query(FindingScript.AUDITOR, "/api/v1/platforms/" + platformId + "/findings");
        return answer.ok() && !answer.body().path("findings").isEmpty();
    }

    /** The default programme's rule change and the second programme ({@link ProgrammeScript}); what was refused. */
    private List<String> loadProgrammes(List<DemoPlatform> platforms) throws InterruptedException {
        List<String> failed = new ArrayList<>();
        out.print("Programmes: a rule change of " + ProgrammeScript.DEFAULT_PROGRAMME + ", and "
                + ProgrammeScript.SECOND_PROGRAMME + " with two platforms ");
        try {
            if (!ruleChangeRecorded()) {
                send(ProgrammeScript.ruleChange(LocalDate.now(ZoneId.of("Asia/Shanghai"))));
            }
            for (Step step : ProgrammeScript.secondProgramme(platforms)) {
                send(step);
                out.print('.');
            }
            out.println(" done");
        } catch (IOException e) {
            out.println(" failed: " + e.getMessage());
            failed.add(ProgrammeScript.SECOND_PROGRAMME);
        } catch (Refused e) {
            out.println(" refused: " + e.getMessage());
            failed.add(ProgrammeScript.SECOND_PROGRAMME);
        }
        return failed;
    }

    /**
     * The third batch's mid-term inspection ({@link EvaluationScript}): opened, scored from the query side's ranking,
     * proposed by the first administrator and published by the second; a round already published is left as it is, a
     * publication already proposed is approved. What was refused.
     */
    private List<String> loadEvaluation() throws InterruptedException {
        out.print("Evaluation round " + EvaluationScript.ROUND_ID + " ");
        try {
            JsonNode round = evaluationRound();
            if (round == null) {
                send(EvaluationScript.open());
                round = awaitRound(r -> true);
            }
            if ("OPEN".equals(round.path("status").asText())) {
                LedgerHttp.Answer ranking = http.query(PlatformScript.ADMIN, EvaluationScript.rankingPath());
                if (!ranking.ok()) {
                    throw new IOException("the ranking: " + ranking.problem());
                }
                List<EvaluationScript.Ranked> platforms = EvaluationScript.publishable(ranking.body());
                for (Step step : EvaluationScript.scores(platforms)) {
                    send(step);
                    out.print('.');
                }
                LedgerHttp.Answer proposed = http.post(EvaluationScript.proposal(platforms,
                        ranking.body().path("knownAt").asText()));
                if (!proposed.ok()) {
                    throw new Refused(EvaluationScript.proposal(platforms, ranking.body().path("knownAt").asText()),
                            proposed);
                }
                round = awaitRound(r -> !"OPEN".equals(r.path("status").asText()));
            }
            if ("PROPOSED".equals(round.path("status").asText())) {
                send(EvaluationScript.approval(round.path("pendingProposal").path("proposalId").asText()));
            }
            out.println(" done");
            return List.of();
        } catch (IOException e) {
            out.println(" failed: " + e.getMessage());
        } catch (Refused e) {
            out.println(" refused: " + e.getMessage());
        }
        return List.of(EvaluationScript.ROUND_ID);
    }

    /** The round as the query side shows it, null if it was never opened. */
    private JsonNode evaluationRound() throws IOException, InterruptedException {
        LedgerHttp.Answer answer = http.query(FindingScript.AUDITOR, "/api/v1/evaluation-rounds/" + EvaluationScript.ROUND_ID);
        if (answer.status() == 404) {
            return null;
        }
        if (!answer.ok()) {
            throw new IOException("the round: " + answer.problem());
        }
        return answer.body();
    }

    /** Waits until the query side shows the round as {@code condition} wants it (it follows the command side). */
    private JsonNode awaitRound(java.util.function.Predicate<JsonNode> condition) throws IOException,
            InterruptedException {
        for (int i = 0; i < 120; i++) {
            JsonNode round = evaluationRound();
            if (round != null && condition.test(round)) {
                return round;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IOException("the query side does not show round " + EvaluationScript.ROUND_ID + " as expected");
    }

    /** A run in a later year would otherwise propose the demo's change again, from that year's July. */
    private boolean ruleChangeRecorded() throws IOException, InterruptedException {
        LedgerHttp.Answer changes = http.query("auditor", "/api/v1/programmes/" + ProgrammeScript.DEFAULT_PROGRAMME
                + "/parameter-changes");
        if (!changes.ok()) {
            return false;
        }
        for (var change : changes.body()) {
            if (ProgrammeScript.RULE_CHANGE_REF.equals(change.path("decisionRef").asText())) {
                return true;
            }
        }
        return false;
    }

    /** One programme step; a proposal is approved by the second administrator. */
    private void send(Step step) throws IOException, InterruptedException {
        LedgerHttp.Answer answer = http.post(step);
        if (!answer.ok()) {
            throw new Refused(step, answer);
        }
        if (step.fourEyes()) {
            String programme = step.path().startsWith("/api/v1/programmes/")
                    ? step.path().split("/")[4] : String.valueOf(step.body().get("programmeId"));
            Step approval = new Step("admin2", "/api/v1/programmes/" + programme + "/proposals/"
                    + answer.body().path("entryId").asText() + "/approval", Map.of("remark", "同意"),
                    step.key() + ":approval", false);
            LedgerHttp.Answer approved = http.post(approval);
            if (!approved.ok()) {
                throw new Refused(approval, approved);
            }
        }
    }

    /** Sends one platform's story; the platform's version afterwards, or null if its college already had one. */
    private Long load(DemoPlatform p) throws IOException, InterruptedException {
        List<Step> steps = PlatformScript.of(p);
        long before = currentVersion(p.platformId());
        long version = -1;
        int sent = 0;
        for (Step step : steps) {
            LedgerHttp.Answer answer = http.post(step);
            if (!answer.ok() && sent == 0 && "COLLEGE_ALREADY_HAS_PLATFORM".equals(answer.body().path("code").asText())) {
                out.println(" skipped: college " + p.collegeCode() + " already has another platform");
                return null;
            }
            if (!answer.ok()) {
                throw new Refused(step, answer);
            }
            if (step.fourEyes()) {
                String base = "/api/v1/platforms/" + p.platformId();
                Step approval = new Step("admin2", base + "/proposals/" + answer.body().path("entryId").asText()
                        + "/approval", Map.of("remark", "同意"), step.key() + ":approval", false);
                answer = http.post(approval);
                if (!answer.ok()) {
                    throw new Refused(approval, answer);
                }
            }
            version = answer.body().path("version").asLong(version);
            if (++sent % 8 == 0) {
                out.print('.');
            }
        }
        out.println(before < 0 ? " " + steps.size() + " commands, version " + version
                : before >= version ? " already loaded (version " + version + ")"
                : " completed, version " + before + " → " + version);
        return version;
    }

    private long currentVersion(String platformId) throws IOException, InterruptedException {
        LedgerHttp.Answer answer = http.query("auditor", "/api/v1/platforms/" + LedgerHttp.encode(platformId));
        return answer.ok() ? answer.body().path("version").asLong(-1) : -1;
    }

    private boolean waitForHealth() throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            if (http.healthy(http.commandUrl()) && http.healthy(http.queryUrl())) {
                return true;
            }
            TimeUnit.SECONDS.sleep(1);
        }
        return false;
    }

    /** A command the ledger refused: the demo's data and the ledger's rules disagree. */
    static final class Refused extends RuntimeException {
        Refused(Step step, LedgerHttp.Answer answer) {
            super(step.path() + " (" + step.key() + ") as " + step.user() + ": " + answer.problem(), null, false, false);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
