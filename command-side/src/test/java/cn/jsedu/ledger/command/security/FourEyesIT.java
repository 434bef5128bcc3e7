package cn.jsedu.ledger.command.security;

import cn.jsedu.ledger.command.support.CommandSideIntegrationTest;
import cn.jsedu.ledger.command.support.Requests;
import cn.jsedu.ledger.testsupport.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/** Decisions, plan revisions and suspensions take effect only when a different administrator approves. */
@CommandSideIntegrationTest
class FourEyesIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSameAdministratorCannotApproveItsOwnProposal() throws Exception {
        Api api = new Api(port);
        Requests.approvedPlatform(api, "EYES-1", "9600000001");
        Api.Response proposed = expect(api.as("admin1").post("/api/v1/platforms/EYES-1/decisions", """
                {"type":"REWARD","amount":"500000.00","basis":"绩效优秀","decisionRef":"苏教职〔2022〕7号","decidedOn":"2022-06-01"}"""),
                202);
        String proposal = proposed.json().path("entryId").asText();
        assertThat(decisionEvents("EYES-1")).isZero();

        Api.Response self = expect(api.as("admin1").post("/api/v1/platforms/EYES-1/proposals/" + proposal + "/approval", "{}"), 403);
        assertThat(self.code()).isEqualTo("FOUR_EYES_REQUIRED");
        assertThat(decisionEvents("EYES-1")).isZero();

        expect(api.as("admin2").post("/api/v1/platforms/EYES-1/proposals/" + proposal + "/approval", "{}"), 200);
        assertThat(decisionEvents("EYES-1")).isEqualTo(1);
        JsonNode meta = new ObjectMapper().readTree(new String(jdbc.queryForObject("""
                SELECT meta_data FROM event_store.domain_event_entry WHERE aggregate_identifier = 'EYES-1'
                AND payload_type LIKE '%PerformanceDecisionRecordedEvent'""", byte[].class), StandardCharsets.UTF_8));
        assertThat(meta.path("proposedBy").asText()).isEqualTo("admin1");
        assertThat(meta.path("approvedBy").asText()).isEqualTo("admin2");
        assertThat(meta.path("user").asText()).isEqualTo("admin2");
        assertThat(meta.path("proposalId").asText()).isEqualTo(proposal);

        expect(api.as("admin2").post("/api/v1/platforms/EYES-1/proposals/" + proposal + "/approval", "{}"), 422);
    }

    @Test
    void aSuspensionWaitsForTheSecondAdministratorAndAProposalCanBeWithdrawn() {
        Api api = new Api(port);
        Requests.approvedPlatform(api, "EYES-2", "9600000002");
        Api college = api.as(Requests.college("9600000002"));
        String suspension = expect(api.as("admin1").post("/api/v1/platforms/EYES-2/suspension",
                "{\"reason\":\"资金不到位\",\"decisionRef\":\"d\"}"), 202).json().path("entryId").asText();
        // not suspended yet: money is still accepted
        expect(college.post("/api/v1/platforms/EYES-2/installments", Requests.installment("I-1", "COLLEGE", "1.00", "2020-04-01")), 201);
        expect(api.as("admin2").post("/api/v1/platforms/EYES-2/proposals/" + suspension + "/approval", "{}"), 200);
        assertThat(college.post("/api/v1/platforms/EYES-2/installments",
                Requests.installment("I-2", "COLLEGE", "1.00", "2020-04-01")).code()).isEqualTo("PLATFORM_SUSPENDED");

        String revision = expect(api.as("admin2").post("/api/v1/platforms/EYES-2/plan-revisions", """
                {"reason":"调整","decisionRef":"d","plan":[{"source":"PROVINCIAL_FINANCE","year":2020,"amount":"10000000.00"},
                 {"source":"ENTERPRISE","partyId":"E1","year":2020,"amount":"10000000.00"},
                 {"source":"COLLEGE","year":2021,"amount":"10000000.00"}]}"""), 202).json().path("entryId").asText();
        expect(api.as("admin2").post("/api/v1/platforms/EYES-2/proposals/" + revision + "/withdrawal",
                "{\"reason\":\"重新研究\"}"), 200);
        assertThat(api.as("admin1").post("/api/v1/platforms/EYES-2/proposals/" + revision + "/approval", "{}").code())
                .isEqualTo("UNKNOWN_PROPOSAL");
    }

    private long decisionEvents(String platformId) {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type LIKE '%PerformanceDecisionRecordedEvent'", Long.class, platformId);
    }
}
