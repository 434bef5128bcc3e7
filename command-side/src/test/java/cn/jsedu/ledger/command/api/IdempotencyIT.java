package cn.jsedu.ledger.command.api;

import cn.jsedu.ledger.command.support.CommandSideIntegrationTest;
import cn.jsedu.ledger.command.support.Requests;
import cn.jsedu.ledger.testsupport.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.jsedu.ledger.command.support.Requests.*;
import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Same key and body → the first result again and no second event; same key, other body → 409. A key is the
 * sender's own: (user, key) is its identity, so another user's key neither replays, nor refuses, nor blocks.
 */
@CommandSideIntegrationTest
class IdempotencyIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aRepeatedRequestGetsTheFirstAnswerAndAppendsNothing() {
        Requests.approvedPlatform(api, "IDEM-1", "9000000200");
        String body = installment("I-1", "COLLEGE", "100.00", "2020-04-01").replace("\"entryId\":\"I-1\",", "");
        Api.Response first = expect(api.as(college("9000000200")).post("/api/v1/platforms/IDEM-1/installments", body, "Idempotency-Key", "idem-1"), 201);
        Api.Response again = expect(api.as(college("9000000200")).post("/api/v1/platforms/IDEM-1/installments", body, "Idempotency-Key", "idem-1"), 201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(eventsOf("IDEM-1")).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT entry_id FROM command_side.idempotency_key WHERE idempotency_key = 'idem-1'",
                String.class)).isEqualTo(first.json().path("entryId").asText());
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        Requests.approvedPlatform(api, "IDEM-2", "9000000201");
        expect(api.as(college("9000000201")).post("/api/v1/platforms/IDEM-2/installments", installment("I-1", "COLLEGE", "100.00", "2020-04-01"),
                "Idempotency-Key", "idem-2"), 201);
        Api.Response other = expect(api.as(college("9000000201")).post("/api/v1/platforms/IDEM-2/installments",
                installment("I-1", "COLLEGE", "100.01", "2020-04-01"), "Idempotency-Key", "idem-2"), 409);
        assertThat(other.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        Api.Response otherPath = expect(api.as(college("9000000201")).post("/api/v1/platforms/IDEM-2/expenditures",
                expenditure("X-1", "COLLEGE", "1.00", "2020-04-02"), "Idempotency-Key", "idem-2"), 409);
        assertThat(otherPath.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(eventsOf("IDEM-2")).isEqualTo(4);
    }

    @Test
    void aRefusedCommandDoesNotConsumeItsKey() {
        Requests.approvedPlatform(api, "IDEM-3", "9000000202");
        String spend = expenditure("X-1", "COLLEGE", "50.00", "2020-05-01");
        expect(api.as(college("9000000202")).post("/api/v1/platforms/IDEM-3/expenditures", spend, "Idempotency-Key", "idem-3"), 422);
        expect(api.as(college("9000000202")).post("/api/v1/platforms/IDEM-3/installments", installment("I-1", "COLLEGE", "100.00", "2020-04-01")), 201);
        expect(api.as(college("9000000202")).post("/api/v1/platforms/IDEM-3/expenditures", spend, "Idempotency-Key", "idem-3"), 201);
    }

    @Test
    void concurrentDuplicatesRunTheCommandOnce() throws Exception {
        Requests.approvedPlatform(api, "IDEM-4", "9000000203");
        String body = installment("I-1", "COLLEGE", "100.00", "2020-04-01").replace("\"entryId\":\"I-1\",", "");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Api.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(() -> api.as(college("9000000203")).post("/api/v1/platforms/IDEM-4/installments", body, "Idempotency-Key", "idem-4"));
            }
            List<String> bodies = new ArrayList<>();
            for (Future<Api.Response> f : pool.invokeAll(calls)) {
                bodies.add(expect(f.get(), 201).body());
            }
            assertThat(bodies).containsOnly(bodies.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(eventsOf("IDEM-4")).isEqualTo(4);
    }

    @Test
    void aDeclarationWithoutAnIdIsNotDeclaredTwiceOnRetry() {
        String body = declaration("X", "9000000204").replace("\"platformId\":\"X\",", "");
        Api.Response first = expect(api.as(college("9000000204")).post("/api/v1/platforms", body, "Idempotency-Key", "idem-5"), 201);
        Api.Response again = expect(api.as(college("9000000204")).post("/api/v1/platforms", body, "Idempotency-Key", "idem-5"), 201);
        assertThat(again.json().path("platformId").asText()).isEqualTo(first.json().path("platformId").asText());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM command_side.college_registration WHERE college_code = '9000000204'",
                Long.class)).isEqualTo(1);
    }

    @Test
    void anotherUsersKeyDoesNotReplayTheirResult() {
        Requests.approvedPlatform(api, "IDEM-6", "9000000205");
        String proposal = expect(api.as("admin1").post("/api/v1/platforms/IDEM-6/decisions", """
                {"type":"REWARD","amount":"500000.00","basis":"绩效优秀","decisionRef":"苏教职〔2022〕7号","decidedOn":"2022-06-01"}"""),
                202).json().path("entryId").asText();
        String approval = "/api/v1/platforms/IDEM-6/proposals/" + proposal + "/approval";
        Api.Response approved = expect(api.as("admin2").post(approval, "{}", "Idempotency-Key", "idem-6"), 200);
        long events = eventsOf("IDEM-6");

        // the proposer sends the approver's key: no 200 with admin2's result; the request runs as admin1's own and
        // is refused on its merits (the proposal is no longer pending)
        Api.Response replayed = api.as("admin1").post(approval, "{}", "Idempotency-Key", "idem-6");
        assertThat(replayed.status()).as(replayed.toString()).isEqualTo(422);
        assertThat(replayed.code()).isEqualTo("UNKNOWN_PROPOSAL");
        assertThat(eventsOf("IDEM-6")).isEqualTo(events);
        // the approver still gets its own stored result
        assertThat(expect(api.as("admin2").post(approval, "{}", "Idempotency-Key", "idem-6"), 200).body())
                .isEqualTo(approved.body());
    }

    @Test
    void anotherUsersKeyWithAnotherRequestIsNotReportedAsReused() {
        Requests.approvedPlatform(api, "IDEM-7", "9000000206");
        Requests.approvedPlatform(api, "IDEM-8", "9000000207");
        Api.Response first = expect(api.as(college("9000000206")).post("/api/v1/platforms/IDEM-7/installments",
                installment("I-1", "COLLEGE", "100.00", "2020-04-01"), "Idempotency-Key", "idem-7"), 201);
        Api.Response other = api.as(college("9000000207")).post("/api/v1/platforms/IDEM-8/installments",
                installment("I-9", "COLLEGE", "7.00", "2020-04-01"), "Idempotency-Key", "idem-7");
        assertThat(other.status()).as(other.toString()).isEqualTo(201);
        assertThat(other.json().path("platformId").asText()).isEqualTo("IDEM-8");
        assertThat(other.json().path("entryId").asText()).isEqualTo("I-9");
        assertThat(eventsOf("IDEM-8")).isEqualTo(4);
        // each sender still has its own key: the same request replays, another is refused
        assertThat(expect(api.as(college("9000000206")).post("/api/v1/platforms/IDEM-7/installments",
                installment("I-1", "COLLEGE", "100.00", "2020-04-01"), "Idempotency-Key", "idem-7"), 201).body())
                .isEqualTo(first.body());
        assertThat(expect(api.as(college("9000000207")).post("/api/v1/platforms/IDEM-8/installments",
                installment("I-9", "COLLEGE", "7.01", "2020-04-01"), "Idempotency-Key", "idem-7"), 409).code())
                .isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(eventsOf("IDEM-7")).isEqualTo(4);
        assertThat(eventsOf("IDEM-8")).isEqualTo(4);
    }

    @Test
    void aKeySquattedByOneUserDoesNotBlockAnother() {
        Requests.approvedPlatform(api, "IDEM-9", "9000000208");
        String college = college("9000000208");
        String provincial = installment("I-PROV", "PROVINCIAL_FINANCE", "1000.00", "2020-04-01");
        // the college officer guesses the key the finance officer will send, and uses it first
        Api.Response squatted = expect(api.as(college).post("/api/v1/platforms/IDEM-9/installments",
                installment("I-SQUAT", "COLLEGE", "1.00", "2020-04-01"), "Idempotency-Key", "finance-2020-04"), 201);

        Api.Response recorded = api.as("finance").post("/api/v1/platforms/IDEM-9/installments", provincial,
                "Idempotency-Key", "finance-2020-04");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.json().path("entryId").asText()).isEqualTo("I-PROV");
        assertThat(eventsOf("IDEM-9")).isEqualTo(5);
        assertThat(expect(api.as("finance").post("/api/v1/platforms/IDEM-9/installments", provincial,
                "Idempotency-Key", "finance-2020-04"), 201).body()).isEqualTo(recorded.body());
        assertThat(expect(api.as(college).post("/api/v1/platforms/IDEM-9/installments",
                installment("I-SQUAT", "COLLEGE", "1.00", "2020-04-01"), "Idempotency-Key", "finance-2020-04"), 201)
                .body()).isEqualTo(squatted.body());
        assertThat(eventsOf("IDEM-9")).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM command_side.idempotency_key "
                + "WHERE idempotency_key = 'finance-2020-04'", Long.class)).isEqualTo(2);
    }

    private long eventsOf(String platformId) {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, platformId);
    }
}
