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
 * ADR 0025 through both APIs: what waits for whom. A platform built 2020-03-01 to 2023-03-01 with no report is, today,
 * seven overdue reports in its college officer's inbox and in nobody else's; a proposal of admin1 waits in admin2's
 * inbox, not in admin1's; a contribution recorded in E1's name waits for E1's representative.
 */
class InboxIT {

    private static LedgerSystem ledger;
    private static Commands commands;

    @BeforeAll
    static void start() {
        ledger = LedgerSystem.get();
        commands = new Commands(ledger.commands);
    }

    private static List<JsonNode> itemsOn(String user, String platformId) {
        JsonNode inbox = expect(ledger.queries.as(user).get("/api/v1/me/inbox"), 200).json();
        List<JsonNode> items = new ArrayList<>();
        inbox.path("items").forEach(i -> {
            if (platformId.equals(i.path("platformId").asText())) {
                items.add(i);
            }
        });
        return items;
    }

    @Test
    void eachRoleSeesWhatItActsOnAndOnlyOnWhatItMayRead() {
        String p = "INBOX-1";
        commands.approvedPlatform(p, "8930000001");
        commands.contribution(p, "C-1", "E1", "CASH", "1000.00", "2021-01-01");
        Api.Response proposed = expect(commands.admin().post("/api/v1/platforms/" + p + "/decisions", """
                {"type":"WITHDRAW_KEY_SUPPORT","basis":"成效较差","decisionRef":"苏教职〔2022〕9号","decidedOn":"2022-03-01"}"""), 202);
        String proposalId = proposed.json().path("entryId").asText();
        expect(ledger.queries.get("/api/v1/platforms/" + p + "?minVersion=" + proposed.version()), 200);

        List<JsonNode> college = itemsOn("college-8930000001", p);
        assertThat(college).extracting(i -> i.path("kind").asText()).containsOnly("REPORT_OVERDUE");
        assertThat(college).extracting(i -> i.path("ref").asText())
                .containsExactly("2020H1", "2020H2", "2021H1", "2021H2", "2022H1", "2022H2", "2023H1");
        JsonNode collegeInbox = expect(ledger.queries.as("college-8930000001").get("/api/v1/me/inbox"), 200).json();
        assertThat(collegeInbox.path("counts").path("REPORT_OVERDUE").asInt()).isEqualTo(7);
        assertThat(collegeInbox.path("items").findValuesAsText("platformId")).containsOnly(p);

        assertThat(itemsOn("admin2", p)).extracting(i -> i.path("kind").asText() + " " + i.path("ref").asText())
                .containsExactly("PROPOSAL_TO_APPROVE " + proposalId);
        assertThat(itemsOn("admin1", p)).isEmpty();
        assertThat(itemsOn("college-8500000001", p)).as("another college").isEmpty();

        assertThat(itemsOn("enterprise-" + Commands.E1_CODE, p))
                .extracting(i -> i.path("kind").asText() + " " + i.path("ref").asText() + " " + i.path("figures").path("amount").asText())
                .containsExactly("CONTRIBUTION_TO_CONFIRM C-1 1000.00");
        assertThat(itemsOn("enterprise-" + Commands.E2_CODE, p)).isEmpty();
    }
}
