package cn.jsedu.ledger.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.jsedu.ledger.demo.PlatformScript.ADMIN;
import static cn.jsedu.ledger.demo.PlatformScript.FINANCE;
import static cn.jsedu.ledger.demo.PlatformScript.body;

/**
 * The demo's rules and its second programme (ADR 0019): a rule change of the default programme with an effective
 * date (the arrival tolerance narrowed from 20 to 15 points from 1 July of the year the demo is loaded in: a change may
 * take effect no earlier than 1 January of the year it is recorded in), and a small second programme, a two-year
 * training-base plan with a lower minimum, whose two platforms are built by colleges that also have a platform in the
 * default programme (one platform per college <em>per programme</em>). Proposals are four-eyes steps: the loader has
 * the second administrator approve them.
 */
final class ProgrammeScript {

    static final String DEFAULT_PROGRAMME = "JS-PLATFORMS-2019";
    static final String SECOND_PROGRAMME = "JS-TRAINING-BASES-2021";
    /** How the demo's rule change is recognised on the query side, so a later run does not propose it again. */
    static final String RULE_CHANGE_REF = "苏教职〔演示〕1号";

    private ProgrammeScript() {
    }

    /** The default programme's rule change, effective from 1 July of {@code today}'s year. */
    static Step ruleChange(LocalDate today) {
        LocalDate from = LocalDate.of(today.getYear(), 7, 1);
        return new Step(ADMIN, "/api/v1/programmes/" + DEFAULT_PROGRAMME + "/parameter-changes",
                body("effectiveFrom", from, "parameters", body("arrivalTolerancePercent", 15),
                        "reason", "资金到位进度考核从严：容差由20个百分点调整为15个百分点", "decisionRef", RULE_CHANGE_REF),
                Step.KEY_PREFIX + "programme:" + DEFAULT_PROGRAMME + ":rule-change-" + from, true);
    }

    /** The second programme's parameters where they differ from the plan's. */
    static Map<String, Object> secondProgrammeParameters() {
        return body("minimumTotalInvestment", "10000000.00", "constructionYears", 2,
                "batchStartYears", body("1", 2021), "acceptanceFrom", LocalDate.of(2023, 1, 1),
                "targetPlatformCount", 2);
    }

    /** The second programme's establishment, then the story of its two platforms. */
    static List<Step> secondProgramme(List<DemoPlatform> defaultProgramme) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(ADMIN, "/api/v1/programmes", body("programmeId", SECOND_PROGRAMME,
                "name", "江苏省职业教育产教融合实训基地建设计划（演示）", "parameters", secondProgrammeParameters(),
                "reason", "同一账本管理第二个计划", "decisionRef", "苏教职〔2021〕3号"),
                Step.KEY_PREFIX + "programme:" + SECOND_PROGRAMME + ":establish", true));
        // JS-101's and JS-109's colleges: each has a platform in the default programme too
        platform(steps, "JS-T01", defaultProgramme.get(0), "3500000.00");
        platform(steps, "JS-T02", defaultProgramme.get(8), "1500000.00");
        return steps;
    }

    /** Planned 12M (4M each: provincial, enterprise E1, college); the enterprise brings {@code enterpriseCash}. */
    private static void platform(List<Step> steps, String id, DemoPlatform college, String enterpriseCash) {
        String base = "/api/v1/platforms/" + id;
        String officer = college.officer();
        step(steps, officer, "/api/v1/platforms", id, "declare", body("platformId", id, "programmeId", SECOND_PROGRAMME,
                "college", body("code", college.collegeCode(), "name", college.college().name(),
                        "city", college.college().city() + "市"),
                "majorGroup", college.theme().majorGroup(), "industry", college.theme().industry(),
                "title", college.theme().industry() + "产教融合实训基地",
                "enterprises", List.of(body("partyId", "E1", "name", college.enterpriseName(1),
                        "creditCode", college.creditCode(1))),
                "plan", List.of(body("source", "PROVINCIAL_FINANCE", "year", 2021, "amount", "4000000.00"),
                        body("source", "ENTERPRISE", "partyId", "E1", "year", 2021, "amount", "4000000.00"),
                        body("source", "COLLEGE", "year", 2022, "amount", "4000000.00"))));
        step(steps, ADMIN, base + "/approval", id, "approval", body("batch", 1,
                "constructionStart", LocalDate.of(2021, 3, 1), "decisionRef", "苏教职〔2021〕4号"));
        step(steps, officer, base + "/agreements", id, "agreement", body("agreementId", "A-1",
                "signedOn", LocalDate.of(2021, 3, 10), "termsRef", "实训基地共建协议",
                "parties", List.of(body("partyId", "E1", "name", college.enterpriseName(1),
                        "creditCode", college.creditCode(1), "role", "ENTERPRISE")),
                "pledges", List.of(body("partyId", "E1", "source", "ENTERPRISE", "form", "CASH",
                        "amount", "4000000.00"))));
        step(steps, FINANCE, base + "/installments", id, "I-1", body("entryId", "I-1", "source", "PROVINCIAL_FINANCE",
                "form", "CASH", "amount", "4000000.00", "effectiveDate", LocalDate.of(2021, 4, 1),
                "voucherRef", "苏财教〔2021〕21号"));
        step(steps, officer, base + "/enterprise-contributions", id, "C-1", body("entryId", "C-1", "partyId", "E1",
                "form", "CASH", "amount", enterpriseCash, "effectiveDate", LocalDate.of(2021, 6, 1),
                "voucherRef", "银行回单-" + id));
        step(steps, officer, base + "/installments", id, "I-2", body("entryId", "I-2", "source", "COLLEGE",
                "form", "CASH", "amount", "2000000.00", "effectiveDate", LocalDate.of(2021, 9, 1),
                "voucherRef", "学校拨款-" + id));
    }

    private static void step(List<Step> steps, String user, String path, String id, String name,
                             Map<String, Object> body) {
        steps.add(new Step(user, path, body, Step.KEY_PREFIX + id + ":" + name, false));
    }
}
