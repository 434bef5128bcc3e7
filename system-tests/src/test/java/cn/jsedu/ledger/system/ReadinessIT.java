package cn.jsedu.ledger.system;

import cn.jsedu.ledger.testsupport.Api;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance readiness through both APIs: a platform that becomes READY only when its last missing item is fixed
 * (a late report, an unmet indicator, the enterprise share, a corrected contribution its enterprise confirms again),
 * and one that stays NOT_READY with its reasons.
 */
class ReadinessIT {

    private static final String ALL_MET = """
            [{"code":"T1-CORE-MODULES","value":"10"},{"code":"T2-PRACTICE-POSITIONS","value":"210"},
             {"code":"T3-INDUSTRY-MENTORS","value":"30"},{"code":"T4-MODULAR-COURSES","value":"12"},
             {"code":"T5-FOUR-TECH-REVENUE","value":"1500000.00"},{"code":"T6-CREDIT-BANK","value":"true"},
             {"code":"T7-INDUSTRY-COLLEGES","value":"2"}]""";
    private static final String[] PERIODS = {"2020H1", "2020H2", "2021H1", "2021H2", "2022H1", "2022H2", "2023H1"};
    private static LedgerSystem ledger;
    private static Commands commands;

    @BeforeAll
    static void start() {
        ledger = LedgerSystem.get();
        commands = new Commands(ledger.commands);
    }

    private static JsonNode readiness(String platformId, long version) {
        return expect(ledger.queries.get("/api/v1/platforms/" + platformId + "/readiness?minVersion=" + version), 200).json();
    }

    private static List<String> failing(JsonNode readiness) {
        List<String> codes = new ArrayList<>();
        readiness.path("items").forEach(i -> {
            if (!i.path("met").asBoolean()) {
                codes.add(i.path("code").asText());
            }
        });
        return codes;
    }

    @Test
    void becomesReadyOnlyWhenTheLastMissingItemIsFixed() {
        String p = "READY-1";
        commands.approvedPlatform(p, "8400000001");
        commands.taskBook(p);
        commands.installment(p, "I-PROV", "PROVINCIAL_FINANCE", "10000000.00", "2020-04-01");
        commands.installment(p, "I-LOCAL", "LOCAL_GOVERNMENT", "5000000.00", "2020-05-01");
        commands.installment(p, "I-COLL", "COLLEGE", "5000000.00", "2020-06-01");
        commands.installment(p, "I-COLL-2", "COLLEGE", "1.00", "2020-06-02");
        // 20,000,001.00 from others and 9,999,999.99 from enterprises: the total is met, a third is not
        commands.contribution(p, "C-E1", "E1", "CASH", "6000000.00", "2020-04-15");
        commands.contribution(p, "C-E2", "E2", "EQUIPMENT", "3999999.99", "2020-05-20");
        commands.confirm(p, "C-E1", Commands.E1_CODE);
        commands.confirm(p, "C-E2", Commands.E2_CODE);
        commands.expenditure(p, "X-1", "PROVINCIAL_FINANCE", null, "800000.00", "2020-05-10");
        long v = 0;
        for (String period : PERIODS) {
            if (!period.equals("2023H1")) {
                String equipment = period.equals("2020H1") ? """
                        [{"item":"五轴加工中心","quantity":1,"value":"800000.00","source":"PROVINCIAL_FINANCE",
                          "change":"ACQUIRED","date":"2020-05-10"}]""" : "[]";
                v = commands.report(p, period, 100, ALL_MET, equipment);
            }
        }
        assertThat(failing(readiness(p, v))).containsExactly("ENTERPRISE_SHARE", "REPORTS_SUBMITTED");

        v = commands.report(p, "2023H1", 100, ALL_MET.replace("1500000.00", "1499999.99"), "[]");
        JsonNode afterLateReport = readiness(p, v);
        assertThat(failing(afterLateReport)).containsExactly("ENTERPRISE_SHARE", "MANDATORY_INDICATORS");
        assertThat(item(afterLateReport, "MANDATORY_INDICATORS").path("value").asText()).contains("T5-FOUR-TECH-REVENUE");
        // the same facts typed, for clients that write their own words (the console, the dossier)
        assertThat(item(afterLateReport, "MANDATORY_INDICATORS").path("figures").path("unmetIndicators").toString())
                .isEqualTo("[\"T5-FOUR-TECH-REVENUE\"]");
        JsonNode share = item(afterLateReport, "ENTERPRISE_SHARE").path("figures");
        assertThat(share.path("enterprise").asText()).isEqualTo("9999999.99");
        assertThat(share.path("received").asText()).isEqualTo("30000000.99");
        assertThat(share.path("minimumShare").toString()).isEqualTo("{\"numerator\":1,\"denominator\":3}");

        v = commands.report(p, "2023H1", 100, ALL_MET, "[]");
        assertThat(failing(readiness(p, v))).containsExactly("ENTERPRISE_SHARE");

        // the smallest enterprise amount that meets a third: 3 × 10,000,000.50 ≥ 30,000,001.50
        v = commands.correction(p, "K-E2", "C-E2", "4000000.50");
        // the enterprise confirmed 3,999,999.99, not the corrected amount: it is asked again
        assertThat(failing(readiness(p, v))).containsExactly("ENTERPRISE_CONTRIBUTIONS_CONFIRMED");
        v = commands.confirm(p, "C-E2", Commands.E2_CODE);
        JsonNode ready = readiness(p, v);
        assertThat(ready.path("overall").asText()).isEqualTo("READY");
        assertThat(failing(ready)).isEmpty();
        assertThat(item(ready, "ENTERPRISE_SHARE").path("evidence")).isNotEmpty();
        assertThat(item(ready, "REPORTS_SUBMITTED").path("evidence")).hasSize(7);

        JsonNode status = expect(ledger.queries.get("/api/v1/platforms/" + p + "/reporting-status"), 200).json();
        assertThat(status.path("periods").findValuesAsText("status")).containsOnly("LATE");
        JsonNode earlier = expect(ledger.queries.get("/api/v1/platforms/" + p + "/reporting-status?asOf=2021-01-15"), 200).json();
        assertThat(earlier.path("periods").get(0).path("status").asText()).isEqualTo("OVERDUE");
        assertThat(earlier.path("periods").get(1).path("status").asText()).isEqualTo("NOT_YET_DUE");

        JsonNode workstations = expect(ledger.queries.get("/api/v1/platforms/" + p + "/workstations"), 200).json();
        assertThat(workstations.path("years").findValuesAsText("year")).containsExactly("2020", "2021", "2022");
        assertThat(workstations.path("years").findValuesAsText("met")).containsOnly("true");

        JsonNode register = expect(ledger.queries.get("/api/v1/platforms/" + p + "/equipment"), 200).json();
        assertThat(register.path("items")).hasSize(1);
        JsonNode provincial = source(register, "PROVINCIAL_FINANCE");
        assertThat(provincial.path("acquired").asText()).isEqualTo("800000.00");
        assertThat(provincial.path("equipmentPurchases").asText()).isEqualTo("800000.00");
        assertThat(provincial.path("difference").asText()).isEqualTo("0.00");
        assertThat(source(register, "ENTERPRISE").path("difference").asText()).isEqualTo("-4000000.50");

        JsonNode indicators = expect(ledger.queries.get("/api/v1/platforms/" + p + "/indicators"), 200).json();
        assertThat(indicators.path("indicators")).hasSize(7);
        assertThat(indicators.path("indicators").findValuesAsText("met")).containsOnly("true");
    }

    @Test
    void aWorkstationShareBelowAThirdInOneYearKeepsItNotReady() {
        String p = "READY-2";
        commands.approvedPlatform(p, "8400000002");
        long v = 0;
        for (String period : PERIODS) {
            v = commands.report(p, period, period.startsWith("2021") ? 99 : 100, "[]", "[]");
        }
        JsonNode readiness = readiness(p, v);
        assertThat(failing(readiness)).contains("WORKSTATION_SHARE");
        assertThat(item(readiness, "WORKSTATION_SHARE").path("value").asText()).contains("2021: 198/600");
    }

    @Test
    void staysNotReadyWithTheReasonsListed() {
        String p = "STAY-1";
        expect(commands.declare(p, "8400000003", """
                {"platformId":"STAY-1","college":{"code":"8400000003","name":"学院"},"majorGroup":"g","industry":"i",
                 "title":"t","enterprises":[{"partyId":"E1","name":"甲","creditCode":"%s"}],
                 "plan":[{"source":"COLLEGE","year":2020,"amount":"20000000.00"},
                         {"source":"ENTERPRISE","partyId":"E1","year":2020,"amount":"10000000.00"}]}"""
                .formatted(Commands.E1_CODE)), 201);
        expect(commands.admin().post("/api/v1/platforms/" + p + "/approval",
                "{\"batch\":2,\"constructionStart\":\"2020-03-01\",\"decisionRef\":\"d\"}"), 200);
        long v = commands.suspend(p);
        JsonNode readiness = readiness(p, v);
        assertThat(readiness.path("overall").asText()).isEqualTo("NOT_READY");
        assertThat(failing(readiness)).containsExactly("TOTAL_RECEIVED", "ENTERPRISE_SHARE", "REPORTS_SUBMITTED",
                "MANDATORY_INDICATORS", "AGREEMENT_SIGNED", "NOT_SUSPENDED_OR_TERMINATED");
        assertThat(item(readiness, "REPORTS_SUBMITTED").path("value").asText()).contains("0 of 7", "2020H1");

        JsonNode programme = expect(ledger.queries.get("/api/v1/programme/readiness?size=500"), 200).json();
        JsonNode row = null;
        for (JsonNode r : programme.path("rows")) {
            if (r.path("platformId").asText().equals(p)) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.path("overall").asText()).isEqualTo("NOT_READY");
        assertThat(row.path("failing").findValuesAsText("")).isEmpty();
        assertThat(row.path("failing").toString()).contains("AGREEMENT_SIGNED", "NOT_SUSPENDED_OR_TERMINATED");
    }

    private static JsonNode item(JsonNode readiness, String code) {
        for (JsonNode i : readiness.path("items")) {
            if (i.path("code").asText().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no item " + code);
    }

    private static JsonNode source(JsonNode register, String source) {
        for (JsonNode s : register.path("bySource")) {
            if (s.path("source").asText().equals(source)) {
                return s;
            }
        }
        throw new AssertionError("no source " + source + " in " + register);
    }
}
