package cn.jsedu.ledger.system;

import cn.jsedu.ledger.kernel.id.CreditCode;
import cn.jsedu.ledger.testsupport.Api;

import static cn.jsedu.ledger.testsupport.Api.expect;

/** Sends commands through the command API and fails the test on any refusal it did not ask for. */
public final class Commands {

    public static final String E1_CODE = CreditCode.withCheckCharacter("91320200MA1MXXXX1").value();
    public static final String E2_CODE = CreditCode.withCheckCharacter("91320200MA1MYYYY2").value();

    /** The college of each platform this class declared, to act as its college officer. */
    private static final java.util.Map<String, String> COLLEGES = new java.util.concurrent.ConcurrentHashMap<>();

    private final Api api;

    public Commands(Api api) {
        this.api = api;
    }

    /** The API as the college officer of the platform's college. */
    public Api college(String platformId) {
        String college = COLLEGES.get(platformId);
        if (college == null) {
            throw new IllegalStateException("declare " + platformId + " through Commands first");
        }
        return api.as("college-" + college);
    }

    public Api admin() {
        return api.as("admin1");
    }

    /** Declares as province administrator (remembering the college). */
    public Api.Response declare(String platformId, String collegeCode, String body) {
        COLLEGES.put(platformId, collegeCode);
        return admin().post("/api/v1/platforms", body);
    }

    /** Declares (E1, E2; plan 10M provincial, 10M enterprise, 10M college), approves (batch 2, 2020-03-01), signs. */
    public long approvedPlatform(String platformId, String collegeCode) {
        declared(platformId, collegeCode);
        approve(platformId);
        return signAgreement(platformId);
    }

    /** Declares (E1, E2; plan 10M provincial, 10M enterprise, 10M college); the version (0). */
    public long declared(String platformId, String collegeCode) {
        return expect(declare(platformId, collegeCode, """
                {"platformId":"%s","college":{"code":"%s","name":"测试职业技术学院"},"majorGroup":"智能制造专业群",
                 "industry":"高端装备制造","title":"产教融合集成平台 %s",
                 "enterprises":[{"partyId":"E1","name":"甲企业","creditCode":"%s"},{"partyId":"E2","name":"乙企业","creditCode":"%s"}],
                 "plan":[{"source":"PROVINCIAL_FINANCE","year":2020,"amount":"10000000.00"},
                         {"source":"ENTERPRISE","partyId":"E1","year":2020,"amount":"6000000.00"},
                         {"source":"ENTERPRISE","partyId":"E2","year":2021,"amount":"4000000.00"},
                         {"source":"COLLEGE","year":2021,"amount":"10000000.00"}]}"""
                .formatted(platformId, collegeCode, platformId, E1_CODE, E2_CODE)), 201).version();
    }

    /** Approves a declared platform (batch 2, construction 2020-03-01 to 2023-03-01). */
    public long approve(String platformId) {
        return expect(admin().post(path(platformId, "approval"), """
                {"batch":2,"constructionStart":"2020-03-01","decisionRef":"苏教职〔2020〕1号"}"""), 200).version();
    }

    /** Signs the co-construction agreement with E1 (cash) and E2 (equipment) as the college. */
    public long signAgreement(String platformId) {
        return expect(college(platformId).post(path(platformId, "agreements"), """
                {"agreementId":"A-1","signedOn":"2020-03-10","termsRef":"共建协议-1",
                 "parties":[{"partyId":"E1","name":"甲企业","creditCode":"%s","role":"ENTERPRISE"},
                            {"partyId":"E2","name":"乙企业","creditCode":"%s","role":"ENTERPRISE"}],
                 "pledges":[{"partyId":"E1","source":"ENTERPRISE","form":"CASH","amount":"6000000.00"},
                            {"partyId":"E2","source":"ENTERPRISE","form":"EQUIPMENT","amount":"4000000.00"}]}"""
                .formatted(E1_CODE, E2_CODE)), 201).version();
    }

    public long installment(String platformId, String entryId, String source, String amount, String date) {
        Api as = "PROVINCIAL_FINANCE".equals(source) ? api.as("finance") : college(platformId);
        return expect(as.post(path(platformId, "installments"), """
                {"entryId":"%s","source":"%s","form":"CASH","amount":"%s","effectiveDate":"%s","voucherRef":"凭证-%s"}"""
                .formatted(entryId, source, amount, date, entryId)), 201).version();
    }

    public long contribution(String platformId, String entryId, String party, String form, String amount, String date) {
        String appraisal = "CASH".equals(form) ? "" : ",\"appraisalRef\":\"评估-" + entryId + "\"";
        return expect(college(platformId).post(path(platformId, "enterprise-contributions"), """
                {"entryId":"%s","partyId":"%s","form":"%s","amount":"%s","effectiveDate":"%s","voucherRef":"凭证-%s"%s}"""
                .formatted(entryId, party, form, amount, date, entryId, appraisal)), 201).version();
    }

    public long expenditure(String platformId, String entryId, String source, String party, String amount, String date) {
        String partyField = party == null ? "" : ",\"partyId\":\"" + party + "\"";
        return expect(college(platformId).post(path(platformId, "expenditures"), """
                {"entryId":"%s","category":"EQUIPMENT_PURCHASE","chargedSource":"%s","amount":"%s","effectiveDate":"%s","voucherRef":"凭证-%s"%s}"""
                .formatted(entryId, source, amount, date, entryId, partyField)), 201).version();
    }

    /** Corrects an entry the college recorded (every source but provincial money), as the college. */
    public long correction(String platformId, String entryId, String original, String corrected) {
        return correction(college(platformId), platformId, entryId, original, corrected);
    }

    /** Corrects a provincial installment, as the finance officer who recorded it. */
    public long provincialCorrection(String platformId, String entryId, String original, String corrected) {
        return correction(api.as("finance"), platformId, entryId, original, corrected);
    }

    private static long correction(Api as, String platformId, String entryId, String original, String corrected) {
        return expect(as.post(path(platformId, "adjustments"), """
                {"entryId":"%s","originalEntryId":"%s","correctedAmount":"%s","reason":"评估值录入错误"}"""
                .formatted(entryId, original, corrected)), 201).version();
    }

    /** Proposes a decision as admin1 and approves it as admin2 (four eyes); the version after it took effect. */
    public long decision(String platformId, String type, String amount, String decidedOn) {
        String amountField = amount == null ? "" : ",\"amount\":\"" + amount + "\"";
        return approved(platformId, expect(admin().post(path(platformId, "decisions"), """
                {"type":"%s","basis":"绩效考核","decisionRef":"苏教职〔2022〕%s号","decidedOn":"%s"%s}"""
                .formatted(type, type.length(), decidedOn, amountField)), 202));
    }

    /** Proposes a suspension as admin1 and approves it as admin2. */
    public long suspend(String platformId) {
        return approved(platformId, expect(admin().post(path(platformId, "suspension"),
                "{\"reason\":\"资金到位滞后\",\"decisionRef\":\"苏教职〔2021〕9号\"}"), 202));
    }

    private long approved(String platformId, Api.Response proposal) {
        return expect(api.as("admin2").post(path(platformId, "proposals/" + proposal.json().path("entryId").asText()
                + "/approval"), "{}"), 200).version();
    }

    public long recovery(String platformId, String amount, String date) {
        return expect(api.as("finance").post(path(platformId, "recoveries"), """
                {"source":"PROVINCIAL_FINANCE","amount":"%s","effectiveDate":"%s","reason":"中止后追回",
                 "decisionRef":"苏财教〔2022〕8号"}""".formatted(amount, date)), 201).version();
    }

    /** A task book with one indicator of each mandatory task (1-7). */
    public long taskBook(String platformId) {
        return expect(admin().post(path(platformId, "task-book"), """
                {"decisionRef":"苏教职〔2020〕任务书","targets":[
                  {"code":"T1-CORE-MODULES","value":"10"},{"code":"T2-PRACTICE-POSITIONS","value":"200"},
                  {"code":"T3-INDUSTRY-MENTORS","value":"30"},{"code":"T4-MODULAR-COURSES","value":"12"},
                  {"code":"T5-FOUR-TECH-REVENUE","value":"1500000.00"},{"code":"T6-CREDIT-BANK","value":"true"},
                  {"code":"T7-INDUSTRY-COLLEGES","value":"1"}]}"""), 200).version();
    }

    /** A report with 300 workstations, {@code offered} of them offered, and the given indicator actuals (JSON). */
    public long report(String platformId, String period, int offered, String indicatorsJson, String equipmentJson) {
        return expect(college(platformId).post(path(platformId, "reports"), """
                {"period":"%s","usage":{"workstationsTotal":300,"workstationsOffered":%d,"trainingPersonTimes":1200,
                 "studentPracticeHours":5000},"indicators":%s,"equipment":%s}"""
                .formatted(period, offered, indicatorsJson, equipmentJson)), 201).version();
    }

    /** The API as the representative of the enterprise with {@code creditCode} (ENTERPRISE_REPRESENTATIVE). */
    public Api enterprise(String creditCode) {
        return api.as("enterprise-" + creditCode);
    }

    /** The enterprise with {@code creditCode} confirms contribution {@code entryId}; the platform's version after. */
    public long confirm(String platformId, String entryId, String creditCode) {
        return expect(enterprise(creditCode).post(path(platformId, "enterprise-contributions/" + entryId
                + "/confirmation"), "{}"), 200).version();
    }

    /** An acceptance request past the readiness checklist: proposed by admin1, approved by admin2. */
    public long overrideAcceptance(String platformId, String requestedOn, String reason) {
        return approved(platformId, expect(admin().post(path(platformId, "acceptance-overrides"),
                "{\"requestedOn\":\"%s\",\"reason\":\"%s\"}".formatted(requestedOn, reason)), 202));
    }

    /** Posts as the platform's college officer. */
    public Api.Response post(String platformId, String resource, String body) {
        return college(platformId).post(path(platformId, resource), body);
    }

    private static String path(String platformId, String resource) {
        return "/api/v1/platforms/" + platformId + "/" + resource;
    }
}
