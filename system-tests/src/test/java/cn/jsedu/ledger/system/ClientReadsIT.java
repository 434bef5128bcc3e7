package cn.jsedu.ledger.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reads a client such as the console builds its pages from, beyond the detail, balances and compliance: who is
 * signed in ({@code /me}), a platform's ledger lines as JSON, its plan against received and spent per half-year, and
 * the programme's money by source. Their figures are the API's own: each one agrees with the balances the API
 * serves for the same platform, date and moment.
 */
class ClientReadsIT {

    private static final String P = "CLIENT-1";
    private static LedgerSystem ledger;
    private static long version;

    @BeforeAll
    static void platform() {
        ledger = LedgerSystem.get();
        Commands commands = new Commands(ledger.commands);
        commands.approvedPlatform(P, "8310000001");
        commands.installment(P, "I-PROV", "PROVINCIAL_FINANCE", "4000000.00", "2020-04-01");
        commands.contribution(P, "C-E1", "E1", "CASH", "1500000.00", "2020-09-15");
        commands.expenditure(P, "X-1", "PROVINCIAL_FINANCE", null, "1000000.00", "2021-02-01");
        version = commands.provincialCorrection(P, "K-1", "I-PROV", "3999999.99");
    }

    private static JsonNode read(String path) {
        return expect(ledger.queries.get(path), 200).json();
    }

    @Test
    void meSaysWhoTheCredentialsBelongTo() {
        JsonNode admin = expect(ledger.queries.as("admin1").get("/api/v1/me"), 200).json();
        assertThat(admin.path("username").asText()).isEqualTo("admin1");
        assertThat(admin.path("role").asText()).isEqualTo("PROVINCE_ADMIN");
        assertThat(admin.has("college")).as("no college for an administrator").isFalse();
        JsonNode officer = expect(ledger.queries.as("college-8310000001").get("/api/v1/me"), 200).json();
        assertThat(officer.path("role").asText()).isEqualTo("COLLEGE_OFFICER");
        assertThat(officer.path("college").asText()).isEqualTo("8310000001");
        assertThat(ledger.queries.as("auditor", "not-the-password").get("/api/v1/me").status()).isEqualTo(401);
        assertThat(ledger.queries.anonymous().get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void ledgerLinesAreTheMoneyEventsWithTheirEffects() {
        JsonNode answer = read("/api/v1/platforms/" + P + "/ledger?minVersion=" + version);
        assertThat(answer.path("version").asLong()).isGreaterThanOrEqualTo(version);
        List<String> entries = new ArrayList<>();
        answer.path("lines").forEach(l -> entries.add(l.path("entryId").asText() + " " + l.path("kind").asText()));
        assertThat(entries).containsExactly("I-PROV INSTALLMENT", "C-E1 ENTERPRISE_CONTRIBUTION", "X-1 EXPENDITURE",
                "K-1 ADJUSTMENT");
        JsonNode correction = answer.path("lines").get(3);
        assertThat(correction.path("originalEntryId").asText()).isEqualTo("I-PROV");
        assertThat(correction.path("receivedCash").asText()).as("the change the correction makes").isEqualTo("-0.01");
        assertThat(correction.path("effectiveDate").asText()).as("at the original's date").isEqualTo("2020-04-01");
        assertThat(answer.path("lines").get(1).path("partyId").asText()).isEqualTo("E1");
        assertThat(answer.path("lines").get(2).path("spent").asText()).isEqualTo("1000000.00");

        JsonNode total = read("/api/v1/platforms/" + P + "/balances?minVersion=" + version).path("total");
        assertThat(sum(answer.path("lines"), "receivedCash")).isEqualByComparingTo(total.path("receivedCash").asText());
        assertThat(sum(answer.path("lines"), "spent")).isEqualByComparingTo(total.path("spent").asText());
    }

    @Test
    void planAgainstReceivedAndSpentIsCumulatedPerHalfYear() {
        JsonNode points = read("/api/v1/platforms/" + P + "/plan-vs-received?minVersion=" + version).path("points");
        List<String> periods = new ArrayList<>();
        points.forEach(p -> periods.add(p.path("period").asText()));
        // construction 2020-03-01 to 2023-03-01
        assertThat(periods).containsExactly("2020H1", "2020H2", "2021H1", "2021H2", "2022H1", "2022H2", "2023H1");
        // the plan per year (16M in 2020, 14M in 2021), due half by 30 June and in full by 31 December
        assertThat(points.get(0).path("planned").asText()).isEqualTo("8000000.00");
        assertThat(points.get(1).path("planned").asText()).isEqualTo("16000000.00");
        assertThat(points.get(2).path("planned").asText()).isEqualTo("23000000.00");
        assertThat(points.get(3).path("planned").asText()).isEqualTo("30000000.00");
        for (int i = 0; i < points.size(); i++) {
            String end = i % 2 == 0 ? (2020 + i / 2) + "-06-30" : (2020 + i / 2) + "-12-31";
            JsonNode then = read("/api/v1/platforms/" + P + "/balances?asOf=" + end).path("total");
            assertThat(points.get(i).path("received").asText()).as("received by " + end)
                    .isEqualTo(then.path("received").asText());
            assertThat(points.get(i).path("spent").asText()).as("spent by " + end).isEqualTo(then.path("spent").asText());
        }
        assertThat(points.get(0).path("received").asText()).isEqualTo("3999999.99");
        assertThat(points.get(1).path("received").asText()).isEqualTo("5499999.99");
        assertThat(points.get(2).path("spent").asText()).isEqualTo("1000000.00");
    }

    @Test
    void programmeMoneyBySourceAddsUpEveryCountedPlatform() {
        // other tests' platforms may still be projecting: compare states with nothing in flight
        caughtUp();
        JsonNode before = read("/api/v1/programme/sources");
        Commands commands = new Commands(ledger.commands);
        commands.approvedPlatform("CLIENT-2", "8310000002");
        commands.installment("CLIENT-2", "I-C", "COLLEGE", "250000.00", "2020-05-01");
        caughtUp();
        JsonNode after = read("/api/v1/programme/sources");

        assertThat(after.path("platforms").asLong()).isEqualTo(before.path("platforms").asLong() + 1);
        assertThat(new BigDecimal(source(after, "COLLEGE").path("receivedCash").asText())
                .subtract(new BigDecimal(source(before, "COLLEGE").path("receivedCash").asText())))
                .isEqualByComparingTo("250000.00");
        assertThat(new BigDecimal(source(after, "PROVINCIAL_FINANCE").path("planned").asText())
                .subtract(new BigDecimal(source(before, "PROVINCIAL_FINANCE").path("planned").asText())))
                .isEqualByComparingTo("10000000.00");
        for (String figure : List.of("planned", "receivedCash", "receivedNonCash", "spent", "recovered", "cashBalance")) {
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode s : after.path("sources")) {
                sum = sum.add(new BigDecimal(s.path("figures").path(figure).asText()));
            }
            assertThat(sum).as(figure + " in total").isEqualByComparingTo(after.path("total").path(figure).asText());
        }
        assertThat(ledger.queries.as("college-8310000002").get("/api/v1/programme/sources").status()).isEqualTo(403);
    }

    /**
     * Until the read models have applied every event in the store, with every segment: a segment not claimed yet (after
     * another class's restart or rebuild) is not counted in appliedEvents, complete waits for it.
     */
    private static void caughtUp() {
        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> {
            JsonNode status = expect(ledger.queries.as("admin1").get("/api/v1/admin/read-models/status"), 200).json();
            return status.path("complete").asBoolean();
        });
    }

    private static JsonNode source(JsonNode sources, String source) {
        for (JsonNode row : sources.path("sources")) {
            if (row.path("source").asText().equals(source)) {
                return row.path("figures");
            }
        }
        throw new AssertionError("no source " + source);
    }

    private static BigDecimal sum(JsonNode lines, String figure) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode line : lines) {
            sum = sum.add(new BigDecimal(line.path(figure).asText()));
        }
        return sum;
    }
}
