package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.api.FakeApi;

/**
 * The APIs' answers for two platforms shaped like the demo's: JS-209 with a recovery (received 24,000,000.00 of which
 * 500,000.00 was recovered) and JS-101 with a reward in its plan; figures as the query side serves them, the
 * {@code received} and {@code arrivalRate} before recoveries, the compliance's {@code actualTotal} after.
 */
final class DemoLikeApis {

    static final String FINANCE = "{\"username\":\"finance1\",\"role\":\"FINANCE_OFFICER\",\"college\":null}";

    private DemoLikeApis() {
    }

    static String figures(String planned, String cash, String nonCash, String spent, String recovered, String rate) {
        long received = fen(cash) + fen(nonCash);
        long balance = fen(cash) - fen(spent) - fen(recovered);
        return "{\"planned\":\"" + planned + "\",\"receivedCash\":\"" + cash + "\",\"receivedNonCash\":\"" + nonCash
                + "\",\"received\":\"" + yuan(received) + "\",\"spent\":\"" + spent + "\",\"recovered\":\"" + recovered
                + "\",\"cashBalance\":\"" + yuan(balance) + "\",\"arrivalRate\":" + rate + "}";
    }

    private static long fen(String yuan) {
        return new java.math.BigDecimal(yuan).movePointRight(2).longValueExact();
    }

    private static String yuan(long fen) {
        return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
    }

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
        apis.answers(p + "/readiness", 200, "{\"platformId\":\"JS-209\",\"version\":12,\"overall\":\"NOT_READY\",\"items\":[]}");
        apis.answers(p + "/reporting-status", 200, "{\"periods\":[]}");
        apis.answers(p + "/equipment", 200, "{\"items\":[],\"bySource\":[]}");
        apis.answers(p + "/indicators", 200, "{\"indicators\":[]}");
        apis.answers(p + "/workstations", 200, "{\"years\":[]}");
        apis.answers(p + "/proposals", 200, "[]");
        apis.answers(p + "/ledger", 200, "{\"lines\":[]}");
        apis.answers(p + "/permitted-commands", 200, "{\"platformId\":\"JS-209\",\"commands\":[],\"installmentSources\":[]}");
        apis.answers(p + "/plan-vs-received", 200, "{\"platformId\":\"JS-209\",\"version\":12,\"points\":["
                + "{\"period\":\"2021H2\",\"planned\":\"10000000.00\",\"received\":\"9000000.00\",\"spent\":\"1000000.00\",\"recovered\":\"0.00\"},"
                + "{\"period\":\"2022H2\",\"planned\":\"30000000.00\",\"received\":\"24000000.00\",\"spent\":\"4000000.00\",\"recovered\":\"500000.00\"}]}");
    }
}
