package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.api.FakeApi;

/**
 * The APIs' answers for two platforms shaped like the demo's: JS-209 with a recovery (received 24,000,000.00 of which
 * 500,000.00 was recovered) and JS-101 with a reward in its plan; figures as the query side serves them, the
 * {@code received} and {@code arrivalRate} before recoveries, {@code netReceived}, {@code netArrivalRate} and the
 * compliance's {@code actualTotal} after.
 */
final class DemoLikeApis {

    static final String FINANCE = "{\"username\":\"finance1\",\"role\":\"FINANCE_OFFICER\",\"college\":null}";

    private DemoLikeApis() {
    }

    static String figures(String planned, String cash, String nonCash, String spent, String recovered, String rate) {
        long received = fen(cash) + fen(nonCash);
        long balance = fen(cash) - fen(spent) - fen(recovered);
        long net = received - fen(recovered);
        return "{\"planned\":\"" + planned + "\",\"receivedCash\":\"" + cash + "\",\"receivedNonCash\":\"" + nonCash
                + "\",\"received\":\"" + yuan(received) + "\",\"spent\":\"" + spent + "\",\"recovered\":\"" + recovered
                + "\",\"cashBalance\":\"" + yuan(balance) + "\",\"arrivalRate\":" + rate
                + ",\"netReceived\":\"" + yuan(net) + "\",\"netArrivalRate\":" + percent(net, fen(planned)) + "}";
    }

    /** As the query side rounds a display percentage: half up, two decimals. */
    private static String percent(long part, long whole) {
        return whole == 0 ? "null" : java.math.BigDecimal.valueOf(part).multiply(java.math.BigDecimal.valueOf(100))
                .divide(java.math.BigDecimal.valueOf(whole), 2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static long fen(String yuan) {
        return new java.math.BigDecimal(yuan).movePointRight(2).longValueExact();
    }

    private static String yuan(long fen) {
        return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /**
     * JS-209's readiness checklist as the query side writes it on 2023-06-30 (its phrases for API clients, its figures
     * for the console): 23,500,000.00 in place, 7,000,000.00 of it from enterprises; 2022H2 not reported; one task-book
     * indicator short; 2022's workstations short of a third; one contribution disputed.
     */
    static final String READINESS_ITEMS = String.join(",",
            "{\"code\":\"CONSTRUCTION_PERIOD\",\"met\":false,\"value\":\"ends 2023-12-31\",\"threshold\":\"on or after 2023-10-02\","
                    + "\"evidence\":[],\"figures\":{\"constructionEnd\":\"2023-12-31\",\"windowStart\":\"2023-10-02\"}}",
            "{\"code\":\"TOTAL_RECEIVED\",\"met\":false,\"value\":\"23500000.00\",\"threshold\":\"≥ 30000000.00\","
                    + "\"evidence\":[\"ev-1\"],\"figures\":{\"received\":\"23500000.00\",\"minimumTotal\":\"30000000.00\"}}",
            "{\"code\":\"ENTERPRISE_SHARE\",\"met\":false,\"value\":\"7000000.00 of 23500000.00 (29.79%)\",\"threshold\":\"≥ 1/3\","
                    + "\"evidence\":[\"ev-1\"],\"figures\":{\"received\":\"23500000.00\",\"enterprise\":\"7000000.00\","
                    + "\"enterprisePercent\":29.79,\"minimumShare\":{\"numerator\":1,\"denominator\":3}}}",
            "{\"code\":\"REPORTS_SUBMITTED\",\"met\":false,\"value\":\"3 of 4 due reports submitted; missing [2022H2]\","
                    + "\"threshold\":\"every due report\",\"evidence\":[],\"figures\":{\"reportsDue\":4,\"reportsSubmitted\":3,"
                    + "\"missingPeriods\":[\"2022H2\"]}}",
            "{\"code\":\"MANDATORY_INDICATORS\",\"met\":false,\"value\":\"6 of 7 met; not met [T3-INDUSTRY-MENTORS]\","
                    + "\"threshold\":\"every mandatory indicator (tasks [1, 2, 3, 4, 5, 6, 7])\",\"evidence\":[],"
                    + "\"figures\":{\"mandatoryTasks\":[1,2,3,4,5,6,7],\"mandatoryIndicators\":7,\"indicatorsMet\":6,"
                    + "\"unmetIndicators\":[\"T3-INDUSTRY-MENTORS\"]}}",
            "{\"code\":\"WORKSTATION_SHARE\",\"met\":false,\"value\":\"2021: 200/600, 2022: 150/600\","
                    + "\"threshold\":\"≥ 1/3 in every complete year\",\"evidence\":[],\"figures\":{\"workstationYears\":["
                    + "{\"year\":2021,\"offered\":200,\"total\":600,\"met\":true},"
                    + "{\"year\":2022,\"offered\":150,\"total\":600,\"met\":false}],"
                    + "\"minimumShare\":{\"numerator\":1,\"denominator\":3}}}",
            "{\"code\":\"AGREEMENT_SIGNED\",\"met\":true,\"value\":\"1 signed\",\"threshold\":\"≥ 1\",\"evidence\":[],"
                    + "\"figures\":{\"agreementsSigned\":1}}",
            "{\"code\":\"NOT_SUSPENDED_OR_TERMINATED\",\"met\":true,\"value\":\"APPROVED\","
                    + "\"threshold\":\"not SUSPENDED or TERMINATED\",\"evidence\":[],\"figures\":{\"status\":\"APPROVED\"}}",
            "{\"code\":\"ENTERPRISE_CONTRIBUTIONS_CONFIRMED\",\"met\":false,\"value\":\"1 of 2 confirmed; [C-2 DISPUTED]\","
                    + "\"threshold\":\"every enterprise contribution confirmed by its enterprise\",\"evidence\":[],"
                    + "\"figures\":{\"contributionsDue\":2,\"contributionsConfirmed\":1,"
                    + "\"unconfirmedContributions\":[{\"entryId\":\"C-2\",\"state\":\"DISPUTED\"}]}}");

    /** JS-209's page: 30,000,000.00 planned, 24,000,000.00 received (the API's gross rate 80.00), 500,000.00 recovered. */
    static void js209(FakeApi apis) {
        String p = "/api/v1/platforms/JS-209";
        String provincial = figures("10000000.00", "10000000.00", "0.00", "2000000.00", "500000.00", "100.00");
        String enterprise = figures("10000000.00", "6000000.00", "1000000.00", "1000000.00", "0.00", "70.00");
        String college = figures("10000000.00", "7000000.00", "0.00", "1000000.00", "0.00", "70.00");
        String total = figures("30000000.00", "23000000.00", "1000000.00", "4000000.00", "500000.00", "80.00");
        apis.answers(p, 200, "{\"platformId\":\"JS-209\",\"version\":12,\"status\":\"APPROVED\",\"collegeName\":\"某职业技术学院\","
                + "\"title\":\"智能制造产教融合集成平台\",\"batch\":2,\"constructionStart\":\"2021-01-01\",\"constructionEnd\":\"2023-12-31\","
                + "\"plan\":[],\"parties\":[],\"agreements\":[],\"decisions\":[]}");
        apis.answers(p + "/balances", 200, "{\"platformId\":\"JS-209\",\"version\":12,\"sources\":["
                + "{\"source\":\"PROVINCIAL_FINANCE\",\"figures\":" + provincial + "},"
                + "{\"source\":\"ENTERPRISE\",\"figures\":" + enterprise + "},"
                + "{\"source\":\"COLLEGE\",\"figures\":" + college + "}],\"enterpriseParties\":[],\"total\":" + total + "}");
        apis.answers(p + "/compliance", 200, "{\"platformId\":\"JS-209\",\"version\":12,\"findings\":[]}");
        apis.answers(p + "/readiness", 200, "{\"platformId\":\"JS-209\",\"version\":12,\"overall\":\"NOT_READY\",\"items\":["
                + READINESS_ITEMS + "]}");
        apis.answers(p + "/reporting-status", 200, "{\"periods\":[]}");
        apis.answers(p + "/equipment", 200, "{\"items\":[],\"bySource\":[]}");
        apis.answers(p + "/indicators", 200, "{\"indicators\":[]}");
        apis.answers(p + "/workstations", 200, "{\"years\":[]}");
        apis.answers(p + "/proposals", 200, "[]");
        apis.answers(p + "/findings", 200, "{\"platformId\":\"JS-209\",\"open\":0,\"findings\":[]}");
        apis.answers(p + "/documents", 200, "[{\"sha256\":\"" + "e".repeat(64) + "\",\"mediaType\":\"application/pdf\","
                + "\"sizeBytes\":123456,\"fileName\":\"到账凭证.pdf\",\"uploadedBy\":\"finance1\","
                + "\"uploadedAt\":\"2021-03-01T02:00:00Z\",\"downloadPath\":\"/api/v1/platforms/JS-209/documents/x\","
                + "\"citations\":[{\"eventId\":\"9a1c-inst\",\"sequenceNumber\":7,\"eventType\":\"InstallmentRecordedEvent\","
                + "\"subjectId\":\"I-3\",\"citedAt\":\"2021-03-01T02:01:00Z\"}]}]");
        apis.answers(p + "/ledger", 200, "{\"lines\":[]}");
        apis.answers(p + "/permitted-commands", 200, "{\"platformId\":\"JS-209\",\"commands\":[],\"installmentSources\":[]}");
        apis.answers(p + "/plan-vs-received", 200, "{\"platformId\":\"JS-209\",\"version\":12,\"points\":["
                + "{\"period\":\"2021H2\",\"planned\":\"10000000.00\",\"received\":\"9000000.00\",\"spent\":\"1000000.00\",\"recovered\":\"0.00\",\"netReceived\":\"9000000.00\"},"
                + "{\"period\":\"2022H2\",\"planned\":\"30000000.00\",\"received\":\"24000000.00\",\"spent\":\"4000000.00\",\"recovered\":\"500000.00\",\"netReceived\":\"23500000.00\"}]}");
    }

    private static String row(String id, String city, int batch, String planned, String actual, String actualEnterprise,
                              boolean shareMet, boolean behind, String recoveryDue) {
        return "{\"platformId\":\"" + id + "\",\"title\":\"平台" + id + "\",\"collegeName\":\"学院" + id
                + "\",\"collegeCity\":\"" + city + "\",\"status\":\"APPROVED\",\"batch\":" + batch
                + ",\"plannedTotal\":\"" + planned + "\",\"plannedEnterprise\":\"10200000.00\",\"plannedTotalMet\":true,"
                + "\"plannedEnterpriseShareMet\":true,\"actualTotal\":\"" + actual + "\",\"actualEnterprise\":\""
                + actualEnterprise + "\",\"actualEnterpriseShareMet\":" + shareMet + ",\"arrivalPercent\":90.00,"
                + "\"arrivalBehindSchedule\":" + behind + ",\"recoveryDue\":\"" + recoveryDue + "\",\"version\":7,"
                + "\"actualTotalBelowMinimum\":false}";
    }

    /**
     * The programme of three platforms: JS-101 rewarded and on track, JS-209 with 500,000.00 to recover and arriving
     * late, JS-306 short of the enterprise third. Money by source adds up to the compliance rows (74,500,000.00 in
     * place of 90,500,000.00 planned; 73,000,000.00 cash, 20,000,000.00 spent).
     */
    static void programme(FakeApi apis) {
        apis.answers("/api/v1/programme/compliance", 200, "{\"asOf\":\"2023-06-30\",\"minimumTotal\":\"30000000.00\","
                + "\"minimumEnterpriseShare\":\"1/3\",\"totals\":{\"platforms\":3,\"plannedTotal\":\"90500000.00\","
                + "\"actualTotal\":\"74500000.00\",\"actualEnterprise\":\"22000000.00\"},\"page\":0,\"size\":500,"
                + "\"totalRows\":3,\"rows\":["
                + row("JS-101", "南京", 1, "30500000.00", "31000000.00", "10500000.00", true, false, "0.00") + ","
                + row("JS-209", "苏州", 2, "30000000.00", "23500000.00", "8000000.00", true, true, "500000.00") + ","
                + row("JS-306", "无锡", 3, "30000000.00", "20000000.00", "3500000.00", false, false, "0.00") + "]}");
        apis.answers("/api/v1/programme/readiness", 200, "{\"platforms\":3,\"ready\":0,\"page\":0,\"size\":500,"
                + "\"totalRows\":3,\"rows\":[{\"platformId\":\"JS-101\",\"overall\":\"NOT_READY\",\"failing\":[\"CONSTRUCTION_PERIOD\"]},"
                + "{\"platformId\":\"JS-209\",\"overall\":\"NOT_READY\",\"failing\":[\"TOTAL_RECEIVED\"]},"
                + "{\"platformId\":\"JS-306\",\"overall\":\"NOT_READY\",\"failing\":[\"ENTERPRISE_SHARE\"]}]}");
        apis.answers("/api/v1/programme/provincial-chain", 200, "{\"byBatch\":[],\"findings\":[],\"total\":{\"platforms\":3,"
                + "\"plannedProvincial\":\"30500000.00\",\"allocated\":\"30500000.00\",\"paid\":\"30000000.00\","
                + "\"arrived\":\"29800000.00\",\"unallocated\":\"0.00\",\"unpaid\":\"500000.00\",\"inTransit\":\"200000.00\","
                + "\"recoveryDue\":\"500000.00\"}}");
        apis.answers("/api/v1/programme/sources", 200, "{\"platforms\":3,\"sources\":["
                + "{\"source\":\"PROVINCIAL_FINANCE\",\"figures\":" + figures("30500000.00", "30000000.00", "0.00", "8000000.00", "500000.00", "98.36") + "},"
                + "{\"source\":\"ENTERPRISE\",\"figures\":" + figures("30000000.00", "20000000.00", "2000000.00", "6000000.00", "0.00", "73.33") + "},"
                + "{\"source\":\"COLLEGE\",\"figures\":" + figures("30000000.00", "23000000.00", "0.00", "6000000.00", "0.00", "76.67") + "}],"
                + "\"total\":" + figures("90500000.00", "73000000.00", "2000000.00", "20000000.00", "500000.00", "82.87") + "}");
    }
}
