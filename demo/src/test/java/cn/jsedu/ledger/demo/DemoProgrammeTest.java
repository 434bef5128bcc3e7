package cn.jsedu.ledger.demo;

import cn.jsedu.ledger.kernel.id.CreditCode;
import cn.jsedu.ledger.kernel.money.Money;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo programme is realistic and loadable before any server is involved: thirty platforms in three batches,
 * valid credit codes, plans that meet the programme's rules, nothing dated in the future, a demo user for every
 * college officer it acts as, and fixed Idempotency-Keys (so a second run records nothing twice).
 */
class DemoProgrammeTest {

    private static final List<DemoPlatform> PROGRAMME = DemoPlatform.programme();

    @Test
    void thirtyPlatformsInThreeBatchesOfTenEachWithItsOwnCollege() {
        assertThat(PROGRAMME).hasSize(30);
        assertThat(PROGRAMME.stream().map(DemoPlatform::batch).distinct()).containsExactly(1, 2, 3);
        assertThat(PROGRAMME.stream().map(DemoPlatform::collegeCode).distinct()).hasSize(30);
        assertThat(PROGRAMME.stream().map(DemoPlatform::platformId).distinct()).hasSize(30);
        assertThat(PROGRAMME.stream().filter(p -> p.scenario().ready())).hasSizeBetween(15, 25);
        assertThat(PROGRAMME.stream().map(DemoPlatform::scenario).filter(s -> !s.ready()).distinct()).hasSizeGreaterThan(5);
    }

    @Test
    void plansMeetTheMinimumAndTheEnterpriseThirdExactly() {
        for (DemoPlatform p : PROGRAMME) {
            MoneyFlow money = new MoneyFlow(p, p.constructionEnd());
            long total = money.plan.stream().mapToLong(MoneyFlow.PlanLine::fen).sum();
            long enterprise = money.plan.stream().filter(l -> l.source().equals("ENTERPRISE"))
                    .mapToLong(MoneyFlow.PlanLine::fen).sum();
            assertThat(total).as(p.platformId()).isGreaterThanOrEqualTo(Money.ofYuan(30_000_000).fen());
            assertThat(3 * enterprise).as(p.platformId()).isGreaterThanOrEqualTo(total);
        }
    }

    @Test
    void enterprisesHaveValidUnifiedSocialCreditCodes() {
        for (DemoPlatform p : PROGRAMME) {
            assertThat(new CreditCode(p.creditCode(1)).value()).hasSize(18);
            assertThat(new CreditCode(p.creditCode(2)).value()).isNotEqualTo(p.creditCode(1));
        }
    }

    @Test
    void noCashBalanceEverTurnsNegativeAndNothingIsDatedInTheFuture() {
        LocalDate today = LocalDate.now();
        for (DemoPlatform p : PROGRAMME) {
            MoneyFlow money = new MoneyFlow(p, p.constructionEnd());
            for (MoneyFlow.Expenditure x : money.expenditures) {
                long in = money.receipts.stream().filter(r -> r.cash() && r.source().equals(x.source())
                        && !r.date().isAfter(x.date())).mapToLong(MoneyFlow.Receipt::fen).sum();
                long out = money.expenditures.stream().filter(e -> e.source().equals(x.source())
                        && !e.date().isAfter(x.date())).mapToLong(MoneyFlow.Expenditure::fen).sum();
                assertThat(in).as(p.platformId() + " " + x.entryId()).isGreaterThanOrEqualTo(out);
                assertThat(x.date()).isBefore(today);
            }
            for (Step step : PlatformScript.of(p)) {
                step.body().values().stream().filter(v -> v instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}"))
                        .forEach(v -> assertThat(LocalDate.parse((String) v)).isBefore(today));
            }
        }
    }

    @Test
    void everyStepHasItsOwnFixedIdempotencyKey() {
        Set<String> keys = new HashSet<>();
        for (DemoPlatform p : PROGRAMME) {
            List<Step> steps = PlatformScript.of(p);
            assertThat(steps).extracting(Step::key).isEqualTo(PlatformScript.of(p).stream().map(Step::key).toList());
            steps.forEach(s -> assertThat(keys.add(s.key())).as(s.key()).isTrue());
            assertThat(steps.get(0).path()).isEqualTo("/api/v1/platforms");
        }
    }

    @Test
    void everyActingUserIsALocalDemoUserWithTheDocumentedPasswordAndTheRightCollege() throws IOException {
        Map<String, Map<String, String>> users = demoUsers();
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        for (DemoPlatform p : PROGRAMME) {
            Map<String, String> officer = users.get(p.officer());
            assertThat(officer).as(p.officer()).isNotNull();
            assertThat(officer.get("college")).isEqualTo(p.collegeCode());
            assertThat(officer.get("role")).isEqualTo("COLLEGE_OFFICER");
            assertThat(bcrypt.matches(p.officer() + "-demo", officer.get("password-hash"))).as(p.officer()).isTrue();
            for (int party = 1; party <= 2; party++) {
                Map<String, String> representative = users.get(p.representative(party));
                assertThat(representative).as(p.representative(party)).isNotNull();
                assertThat(representative.get("role")).isEqualTo("ENTERPRISE_REPRESENTATIVE");
                assertThat(representative.get("enterprise")).as(p.representative(party)).isEqualTo(p.creditCode(party));
                assertThat(bcrypt.matches(p.representative(party) + "-demo", representative.get("password-hash")))
                        .as(p.representative(party)).isTrue();
            }
        }
        assertThat(users.get("college-wx").get("college")).isEqualTo(PROGRAMME.get(0).collegeCode());
        assertThat(users.get("college-nj").get("college")).isEqualTo(PROGRAMME.get(1).collegeCode());
        for (String fixed : List.of("admin1", "admin2", "finance", "auditor")) {
            assertThat(bcrypt.matches(fixed + "-demo", users.get(fixed).get("password-hash"))).as(fixed).isTrue();
        }
    }

    /** The task book's budget (ADR 0020) covers what each category spends in each year, so no expenditure is refused. */
    @Test
    void theBudgetCoversEveryCategoryAndYearThePlatformSpendsIn() {
        for (DemoPlatform p : PROGRAMME) {
            List<Step> steps = PlatformScript.of(p);
            Map<String, Long> budget = new HashMap<>();
            Step taskBook = steps.stream().filter(s -> s.path().endsWith("/task-book")).findFirst().orElseThrow();
            for (Object line : (List<?>) taskBook.body().get("budget")) {
                Map<?, ?> l = (Map<?, ?>) line;
                assertThat(budget.put(l.get("category") + "/" + l.get("year"), Money.parse((String) l.get("amount")).fen()))
                        .as(p.platformId() + " one line per category and year").isNull();
            }
            Map<String, Long> spent = new HashMap<>();
            steps.stream().filter(s -> s.path().endsWith("/expenditures")).forEach(s -> spent.merge(
                    s.body().get("category") + "/" + s.body().get("effectiveDate").toString().substring(0, 4),
                    Money.parse((String) s.body().get("amount")).fen(), Long::sum));
            assertThat(spent).as(p.platformId()).isNotEmpty();
            spent.forEach((key, fen) -> assertThat(budget.getOrDefault(key, 0L)).as(p.platformId() + " " + key)
                    .isGreaterThanOrEqualTo(fen).isLessThanOrEqualTo(fen * 106 / 100));
        }
    }

    /**
     * JS-101's reward is paid and arrives through the provincial chain after its decision, and only then is it spent;
     * JS-201's is decided and never paid (REWARD_NOT_PAID on the query side).
     */
    @Test
    void oneRewardIsPaidAndArrivesAfterItsDecisionAndTheOtherIsNeverPaid() {
        List<String> paid = PlatformScript.of(PROGRAMME.get(0)).stream().map(Step::key).toList();
        int decision = paid.indexOf(Step.KEY_PREFIX + "JS-101:decision-reward");
        int payment = paid.indexOf(Step.KEY_PREFIX + "JS-101:payment-reward");
        int arrival = paid.indexOf(Step.KEY_PREFIX + "JS-101:arrival-reward");
        assertThat(decision).isNotNegative().isLessThan(payment);
        assertThat(payment).isLessThan(arrival);
        MoneyFlow money = new MoneyFlow(PROGRAMME.get(0), PROGRAMME.get(0).constructionEnd());
        money.expenditures.stream().filter(x -> x.receiptId().equals(MoneyFlow.REWARD_RECEIPT)).forEach(x ->
                assertThat(paid.indexOf(Step.KEY_PREFIX + "JS-101:" + x.entryId())).isGreaterThan(arrival));

        DemoPlatform unpaid = PROGRAMME.get(10);
        assertThat(unpaid.platformId()).isEqualTo("JS-201");
        assertThat(unpaid.rewarded()).isTrue();
        assertThat(PlatformScript.of(unpaid)).extracting(Step::key).contains(Step.KEY_PREFIX + "JS-201:decision-reward")
                .noneMatch(k -> k.contains("payment") || k.contains("arrival") || k.endsWith(MoneyFlow.REWARD_RECEIPT));
    }

    /** A document is uploaded before the entry that cites it, and the entry cites the uploaded bytes' SHA-256. */
    @Test
    void anEntryCitesTheHashOfTheDocumentUploadedBeforeIt() {
        List<Step> steps = PlatformScript.of(PROGRAMME.get(0));
        int upload = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).document() != null) {
                upload = i;
                break;
            }
        }
        assertThat(upload).as("JS-101 uploads an appraisal report").isNotNegative();
        String sha = EvidenceFiles.sha256(steps.get(upload).document());
        assertThat(new String(steps.get(upload).document(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(steps.subList(upload + 1, steps.size())).anyMatch(s -> s.path().endsWith("/enterprise-contributions")
                && List.of(sha).equals(s.body().get("documents")));
        assertThat(EvidenceFiles.pdf("a")).isEqualTo(EvidenceFiles.pdf("a")).isNotEqualTo(EvidenceFiles.pdf("b"));
    }

    /** One finding closed, one answered, one open; deadlines after the day of loading, as the command side requires. */
    @Test
    void findingsInEachStateWithDeadlinesAfterTheDayOfLoading() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        Map<String, List<Step>> findings = FindingScript.of(PROGRAMME, today);
        assertThat(findings.keySet()).containsExactly("JS-107", "JS-202", "JS-306");
        assertThat(findings.get("JS-107")).extracting(s -> s.path().replaceAll("\\?.*", "").replaceAll(".*/", ""))
                .containsExactly("findings", "documents", "rectification", "closure");
        assertThat(findings.get("JS-202")).extracting(s -> s.path().replaceAll(".*/", ""))
                .containsExactly("findings", "rectification");
        assertThat(findings.get("JS-306")).extracting(s -> s.path().replaceAll(".*/", "")).containsExactly("findings");
        findings.values().stream().flatMap(List::stream).filter(s -> s.body().containsKey("deadline"))
                .forEach(s -> assertThat(LocalDate.parse((String) s.body().get("deadline"))).isAfter(today));
        Step report = findings.get("JS-107").get(1);
        assertThat(findings.get("JS-107").get(2).body().get("documents"))
                .isEqualTo(List.of(EvidenceFiles.sha256(report.document())));
    }

    /**
     * The demo's round (ADR 0026) publishes only 合格 and 良好: an 优秀 or 不合格 result would propose a decision dated
     * today, outside the third batch's window for decisions, and refuse the whole publication. The panel's two scores
     * stay within 0..25 points each, and the round's id is one no platform or programme can take.
     */
    @Test
    void theEvaluationRoundGradesEveryPlatformBetweenPassedAndGoodWithinThePanelsPoints() throws Exception {
        assertThat(EvaluationScript.ROUND_ID).startsWith("EVAL-").hasSizeLessThanOrEqualTo(64);
        assertThat(EvaluationScript.index("JS-301")).isEqualTo(21);
        assertThat(EvaluationScript.index("JS-310")).isEqualTo(30);
        for (DemoPlatform p : PROGRAMME.stream().filter(p -> p.batch() == EvaluationScript.BATCH).toList()) {
            int target = EvaluationScript.targetTotal(p.index());
            assertThat(target).isBetween(7_000, 8_800);
            for (int objective = EvaluationScript.LOWEST_OBJECTIVE; objective <= 5_000; objective += 50) {
                int[] panel = EvaluationScript.panelScores(objective, target);
                assertThat(panel[0]).isBetween(0, 2_500);
                assertThat(panel[1]).isBetween(0, 2_500);
                int total = objective + panel[0] + panel[1];
                assertThat(cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes.current().grade(total))
                        .as(p.platformId() + " objective " + objective)
                        .isIn(cn.jsedu.ledger.kernel.evaluation.Grade.GOOD, cn.jsedu.ledger.kernel.evaluation.Grade.PASSED);
            }
        }
        assertThat(EvaluationScript.REFERENCE_DATE).isAfter(PROGRAMME.get(20).constructionStart())
                .isBefore(PROGRAMME.get(20).constructionEnd());

        com.fasterxml.jackson.databind.JsonNode ranking = new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                {"knownAt":"2026-12-04T03:00:00.123Z","rows":[
                 {"rank":1,"scores":{"platformId":"JS-301","status":"APPROVED","objectiveCentipoints":4200,
                  "items":[{"code":"FUNDS_IN_PLACE","centipoints":1200}]}},
                 {"rank":2,"scores":{"platformId":"JS-306","status":"APPROVED","objectiveCentipoints":900,"items":[]}},
                 {"rank":3,"scores":{"platformId":"JS-209","status":"TERMINATED","objectiveCentipoints":3000,"items":[]}}]}""");
        List<EvaluationScript.Ranked> publishable = EvaluationScript.publishable(ranking);
        assertThat(publishable).extracting(EvaluationScript.Ranked::platformId).as("neither terminated nor below 合格")
                .containsExactly("JS-301");
        List<Step> scores = EvaluationScript.scores(publishable);
        assertThat(scores).hasSize(2).allSatisfy(step -> assertThat(step.user()).isEqualTo("admin1"));
        Step proposal = EvaluationScript.proposal(publishable, "2026-12-04T03:00:00.123Z");
        assertThat(proposal.body().get("knownAt")).isEqualTo("2026-12-04T03:00:00.123Z");
        assertThat(proposal.user()).isNotEqualTo(EvaluationScript.approval("EP-1").user());
        assertThat(proposal.key()).contains("2026-12-04T03:00:00.123Z").matches("[\\x21-\\x7E]{1,200}");
    }

    private static Map<String, Map<String, String>> demoUsers() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DemoProgrammeTest.class.getResourceAsStream("/demo-users.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, Map<String, String>> byIndex = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> {
            String index = name.substring(name.indexOf('[') + 1, name.indexOf(']'));
            byIndex.computeIfAbsent(index, i -> new HashMap<>()).put(name.substring(name.indexOf("].") + 2),
                    properties.getProperty(name));
        });
        Map<String, Map<String, String>> byName = new HashMap<>();
        byIndex.values().forEach(u -> byName.put(u.get("username"), u));
        return byName;
    }
}
