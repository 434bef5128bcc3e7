package cn.jsedu.ledger.command.api;

import cn.jsedu.ledger.command.support.CommandSideIntegrationTest;
import cn.jsedu.ledger.command.support.Requests;
import cn.jsedu.ledger.testsupport.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Hostile input on every command endpoint: each valid body is broken in every way that applies (unknown and
 * duplicate fields, a client-chosen user or college, control characters, deep nesting, a huge body, bad money).
 * Every answer is a 4xx without a stack trace, and nothing is appended. Injection strings in valid text are stored
 * verbatim, as data.
 */
@CommandSideIntegrationTest
class HostileInputIT {

    private static final String COLLEGE = "9700000001";
    private static final String P = "/api/v1/platforms/HOSTILE-1";
    private static boolean ready;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    /** user, path, a valid body, its free-text field, its money field (or null). */
    record Endpoint(String user, String path, String body, String textField, String moneyField) {
        @Override
        public String toString() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    static List<Endpoint> endpoints() {
        String college = "college-" + COLLEGE;
        return List.of(
                new Endpoint(college, "/api/v1/platforms", Requests.declaration("HOSTILE-2", COLLEGE), "title", null),
                new Endpoint("admin1", P + "/rejection", "{\"reason\":\"r\",\"decisionRef\":\"d\"}", "reason", null),
                new Endpoint(college, P + "/agreements", Requests.agreement().replace("\"A-1\"", "\"A-9\""), "termsRef", null),
                new Endpoint(college, P + "/installments", Requests.installment("H-1", "COLLEGE", "1.00", "2020-04-01"), "voucherRef", "amount"),
                new Endpoint(college, P + "/enterprise-contributions", Requests.contribution("H-2", "1.00", "2020-04-01"), "voucherRef", "amount"),
                new Endpoint(college, P + "/expenditures", Requests.expenditure("H-3", "COLLEGE", "1.00", "2020-04-02"), "voucherRef", "amount"),
                new Endpoint(college, P + "/adjustments", "{\"originalEntryId\":\"I-0\",\"correctedAmount\":\"4.00\",\"reason\":\"r\"}", "reason", "correctedAmount"),
                new Endpoint(college, P + "/recoveries", "{\"source\":\"COLLEGE\",\"amount\":\"1.00\",\"effectiveDate\":\"2020-05-01\",\"reason\":\"r\",\"decisionRef\":\"d\"}", "reason", "amount"),
                new Endpoint("admin1", P + "/plan-revisions", "{\"reason\":\"r\",\"decisionRef\":\"d\",\"plan\":[{\"source\":\"COLLEGE\",\"year\":2020,\"amount\":\"30000000.00\"}]}", "reason", null),
                new Endpoint("admin1", P + "/suspension", "{\"reason\":\"r\",\"decisionRef\":\"d\"}", "reason", null),
                new Endpoint("admin1", P + "/resumption", "{\"reason\":\"r\",\"decisionRef\":\"d\"}", "reason", null),
                new Endpoint("admin1", P + "/decisions", "{\"type\":\"REWARD\",\"amount\":\"1.00\",\"basis\":\"b\",\"decisionRef\":\"d\",\"decidedOn\":\"2022-01-01\"}", "basis", "amount"),
                new Endpoint("admin1", P + "/proposals/X-1/withdrawal", "{\"reason\":\"r\"}", "reason", null),
                new Endpoint(college, P + "/acceptance-requests", "{\"requestedOn\":\"2023-01-01\"}", null, null),
                new Endpoint("admin1", P + "/acceptance-reviews", "{\"result\":\"PASSED\",\"reviewedOn\":\"2023-01-01\",\"panel\":\"p\"}", "panel", null),
                new Endpoint("admin1", P + "/task-book", "{\"decisionRef\":\"d\",\"targets\":[{\"code\":\"T1-CORE-MODULES\",\"value\":\"1\"}]}", "decisionRef", null),
                new Endpoint(college, P + "/reports", "{\"period\":\"2020H1\",\"usage\":{\"workstationsTotal\":3,\"workstationsOffered\":1,\"trainingPersonTimes\":0,\"studentPracticeHours\":0},\"indicators\":[],\"equipment\":[{\"item\":\"x\",\"quantity\":1,\"value\":\"1.00\",\"source\":\"COLLEGE\",\"change\":\"ACQUIRED\",\"date\":\"2020-04-01\"}]}", null, "value"));
    }

    static Stream<Arguments> attacks() {
        List<Arguments> attacks = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            String body = e.body();
            attacks.add(arguments(e, "unknown field", body.replaceFirst("\\{", "{\"colour\":\"red\",")));
            attacks.add(arguments(e, "client sets the user", body.replaceFirst("\\{", "{\"user\":\"admin1\",")));
            attacks.add(arguments(e, "client sets the role", body.replaceFirst("\\{", "{\"role\":\"PROVINCE_ADMIN\",")));
            if (!e.path().equals("/api/v1/platforms")) {
                attacks.add(arguments(e, "client sets the college", body.replaceFirst("\\{", "{\"college\":\"0000000000\",")));
            }
            attacks.add(arguments(e, "deep nesting", body.replaceFirst("\\{", "{\"x\":" + "[".repeat(200) + "]".repeat(200) + ",")));
            attacks.add(arguments(e, "not an object", "[" + body + "]"));
            attacks.add(arguments(e, "truncated", body.substring(0, body.length() / 2)));
            if (e.textField() != null) {
                String field = "\"" + e.textField() + "\":\"";
                attacks.add(arguments(e, "duplicate field", body.replaceFirst("\\{", "{" + field + "x\",")));
                attacks.add(arguments(e, "control character", body.replace(field, field + "\\u0007")));
                attacks.add(arguments(e, "text too long", body.replace(field, field + "x".repeat(1001))));
            }
            if (e.moneyField() != null) {
                for (String bad : new String[]{"-1.00", "1.001", "1e3", "NaN", "99999999999999999999", " 1", "0x10"}) {
                    attacks.add(arguments(e, "money " + bad, body.replaceFirst("\"" + e.moneyField() + "\":\"[^\"]*\"",
                            "\"" + e.moneyField() + "\":\"" + bad + "\"")));
                }
                attacks.add(arguments(e, "money as a number", body.replaceFirst("\"" + e.moneyField() + "\":\"[^\"]*\"",
                        "\"" + e.moneyField() + "\":1.5")));
            }
        }
        return attacks.stream();
    }

    @BeforeEach
    void setUp() {
        if (!ready) {
            Api api = new Api(port);
            Requests.approvedPlatform(api, "HOSTILE-1", COLLEGE);
            Api.expect(api.as("college-" + COLLEGE).post(P + "/installments",
                    Requests.installment("I-0", "COLLEGE", "5.00", "2020-04-01")), 201);
            ready = true;
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("attacks")
    void hostileInputIsA4xxAndAppendsNothing(Endpoint endpoint, String attack, String body) {
        long before = events();
        Api.Response response = new Api(port).as(endpoint.user()).post(endpoint.path(), body);
        assertThat(response.status()).as(response.toString()).isBetween(400, 499);
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "org.springframework", "java.lang");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aHugeBodyIsRefusedBeforeParsing() {
        long before = events();
        String huge = "{\"voucherRef\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        Api.Response response = new Api(port).as("college-" + COLLEGE).post(P + "/installments", huge);
        assertThat(response.status()).isEqualTo(413);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void injectionStringsAreStoredVerbatimAsData() {
        String evil = "'; DROP TABLE event_store.domain_event_entry; -- <script>alert(1)</script> {{7*7}} ${jndi:ldap://x}";
        String body = Requests.installment("H-EVIL", "COLLEGE", "1.00", "2020-04-01").replace("凭证-H-EVIL", evil.replace("\"", "\\\""));
        Api.expect(new Api(port).as("college-" + COLLEGE).post(P + "/installments", body), 201);
        byte[] payload = jdbc.queryForObject("SELECT payload FROM event_store.domain_event_entry WHERE aggregate_identifier = "
                + "'HOSTILE-1' AND payload_type LIKE '%InstallmentRecordedEvent' ORDER BY sequence_number DESC LIMIT 1", byte[].class);
        assertThat(new String(payload, StandardCharsets.UTF_8)).contains(evil);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry", Long.class)).isPositive();
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry", Long.class);
    }
}
