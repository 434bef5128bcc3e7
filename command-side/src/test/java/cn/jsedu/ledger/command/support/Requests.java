package cn.jsedu.ledger.command.support;

import cn.jsedu.ledger.kernel.id.CreditCode;
import cn.jsedu.ledger.testsupport.Api;

import static cn.jsedu.ledger.testsupport.Api.expect;

/** JSON bodies of valid commands, for integration tests; each test varies what it needs. */
public final class Requests {

    public static final String E1_CODE = CreditCode.withCheckCharacter("91320200MA1MXXXX1").value();

    private Requests() {
    }

    public static String declaration(String platformId, String collegeCode) {
        return """
                {"platformId":"%s","college":{"code":"%s","name":"无锡职业技术学院"},
                 "majorGroup":"智能制造专业群","industry":"高端装备制造","title":"智能制造产教融合集成平台",
                 "enterprises":[{"partyId":"E1","name":"无锡机床股份有限公司","creditCode":"%s"}],
                 "plan":[{"source":"PROVINCIAL_FINANCE","year":2020,"amount":"10000000.00"},
                         {"source":"ENTERPRISE","partyId":"E1","year":2020,"amount":"10000000.00"},
                         {"source":"COLLEGE","year":2021,"amount":"10000000.00"}]}
                """.formatted(platformId, collegeCode, E1_CODE);
    }

    public static String approval() {
        return """
                {"batch":2,"constructionStart":"2020-03-01","decisionRef":"苏教职〔2020〕1号"}""";
    }

    public static String agreement() {
        return """
                {"agreementId":"A-1","signedOn":"2020-03-10",
                 "parties":[{"partyId":"E1","name":"无锡机床股份有限公司","creditCode":"%s","role":"ENTERPRISE"}],
                 "pledges":[{"partyId":"E1","source":"ENTERPRISE","form":"CASH","amount":"10000000.00"}],
                 "termsRef":"共建协议-1"}""".formatted(E1_CODE);
    }

    public static String installment(String entryId, String source, String amount, String date) {
        return """
                {"entryId":"%s","source":"%s","form":"CASH","amount":"%s","effectiveDate":"%s","voucherRef":"凭证-%s"}"""
                .formatted(entryId, source, amount, date, entryId);
    }

    public static String contribution(String entryId, String amount, String date) {
        return """
                {"entryId":"%s","partyId":"E1","form":"CASH","amount":"%s","effectiveDate":"%s","voucherRef":"凭证-%s"}"""
                .formatted(entryId, amount, date, entryId);
    }

    public static String expenditure(String entryId, String source, String amount, String date) {
        return """
                {"entryId":"%s","category":"EQUIPMENT_PURCHASE","chargedSource":"%s","amount":"%s","effectiveDate":"%s","voucherRef":"凭证-%s"}"""
                .formatted(entryId, source, amount, date, entryId);
    }

    /**
     * Declares (as the college), approves (as admin1) and signs the agreement (as the college) of a platform
     * through the API; fails the test on any refusal.
     */
    public static void approvedPlatform(Api api, String platformId, String collegeCode) {
        expect(api.as(college(collegeCode)).post("/api/v1/platforms", declaration(platformId, collegeCode)), 201);
        expect(api.as("admin1").post("/api/v1/platforms/" + platformId + "/approval", approval()), 200);
        expect(api.as(college(collegeCode)).post("/api/v1/platforms/" + platformId + "/agreements", agreement()), 201);
    }

    /** The test user that is the college officer of {@code collegeCode}. */
    public static String college(String collegeCode) {
        return "college-" + collegeCode;
    }
}
