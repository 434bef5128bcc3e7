package cn.jsedu.ledger.command.api;

import cn.jsedu.ledger.command.CommandSideApplication;
import cn.jsedu.ledger.command.support.Requests;
import cn.jsedu.ledger.testsupport.Api;
import cn.jsedu.ledger.testsupport.TestUsers;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
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
 * Two command-side instances on one PostgreSQL (configured by URL, so neither starts an embedded one): the
 * rules that span platforms and the optimistic concurrency on one platform hold across processes' caches.
 */
class TwoInstancesIT {

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static Api a;
    private static Api b;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        String url = postgres.getJdbcUrl("postgres", "postgres");
        first = instance(url);
        second = instance(url);
        a = new Api(port(first));
        b = new Api(port(second));
        jdbc = first.getBean(JdbcTemplate.class);
    }

    @AfterAll
    static void stop() throws Exception {
        second.close();
        first.close();
        postgres.close();
    }

    private static ConfigurableApplicationContext instance(String url) {
        return new SpringApplicationBuilder(CommandSideApplication.class, TestUsers.class)
                .properties(CommandSideApplication.CONFIG_NAME)
                .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--spring.datasource.password=");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static List<Api.Response> concurrently(List<Callable<Api.Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> f : pool.invokeAll(calls)) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withADatabaseUrlNoEmbeddedPostgresIsStarted() {
        assertThat(first.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
    }

    @Test
    void exactlyOneDeclarationPerCollegeWinsARaceAcrossInstances() throws Exception {
        for (int college = 0; college < 3; college++) {
            String code = "91000000" + college;
            List<Callable<Api.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Api api = i % 2 == 0 ? a : b;
                String body = declaration("RACE-" + college + "-" + i, code);
                calls.add(() -> api.as(college(code)).post("/api/v1/platforms", body));
            }
            List<Api.Response> responses = concurrently(calls);
            assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
            assertThat(responses).filteredOn(r -> r.status() != 201)
                    .allSatisfy(r -> assertThat(r.code()).as(r.toString()).isEqualTo("COLLEGE_ALREADY_HAS_PLATFORM"));
            assertThat(jdbc.queryForObject("SELECT count(*) FROM command_side.college_registration WHERE college_code = ?",
                    Long.class, code)).isEqualTo(1);
        }
    }

    @Test
    void aRejectedDeclarationFreesItsCollege() {
        expect(a.as("admin1").post("/api/v1/platforms", declaration("FREE-1", "9200000001")), 201);
        expect(b.as("admin2").post("/api/v1/platforms", declaration("FREE-2", "9200000001")), 409);
        expect(b.as("admin2").post("/api/v1/platforms/FREE-1/rejection", "{\"reason\":\"不符合条件\",\"decisionRef\":\"d\"}"), 200);
        expect(a.as("admin1").post("/api/v1/platforms", declaration("FREE-2", "9200000001")), 201);
    }

    @Test
    void concurrentCommandsOnOnePlatformFromBothInstancesAllSucceed() throws Exception {
        Requests.approvedPlatform(a, "HOT-1", "9300000001");
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Api api = i % 2 == 0 ? a : b;
            String body = installment("I-" + i, "COLLEGE", "1.00", "2020-04-01");
            calls.add(() -> api.as(college("9300000001")).post("/api/v1/platforms/HOT-1/installments", body));
        }
        List<Api.Response> responses = concurrently(calls);
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(responses).extracting(Api.Response::version).doesNotHaveDuplicates();
        List<Long> sequences = jdbc.queryForList("SELECT sequence_number FROM event_store.domain_event_entry "
                + "WHERE aggregate_identifier = 'HOT-1' ORDER BY sequence_number", Long.class);
        assertThat(sequences).hasSize(43);
        for (int i = 0; i < sequences.size(); i++) {
            assertThat(sequences.get(i)).isEqualTo(i);
        }
        assertTransactionOrderIsSequenceOrder("HOT-1");
    }

    /**
     * The query side streams in transaction-id order; a platform's events must come out in sequence order, so
     * each append's transaction must take its id only after the previous event committed (ADR 0003).
     */
    private static void assertTransactionOrderIsSequenceOrder(String platformId) {
        List<Long> byTransaction = jdbc.queryForList("SELECT sequence_number FROM event_store.domain_event_entry "
                + "WHERE aggregate_identifier = ? ORDER BY tx_id, global_index", Long.class, platformId);
        assertThat(byTransaction).isSorted();
    }

    @Test
    void twentyExpendituresOfOneHundredAgainstOneThousandExactlyTenSucceed() throws Exception {
        Requests.approvedPlatform(a, "CASH-1", "9300000002");
        expect(a.as(college("9300000002")).post("/api/v1/platforms/CASH-1/installments", installment("I-1", "COLLEGE", "1000.00", "2020-04-01")), 201);
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Api api = i % 2 == 0 ? a : b;
            String body = expenditure("X-" + i, "COLLEGE", "100.00", "2020-05-01");
            calls.add(() -> api.as(college("9300000002")).post("/api/v1/platforms/CASH-1/expenditures", body));
        }
        List<Api.Response> responses = concurrently(calls);
        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(10);
        assertThat(responses).filteredOn(r -> r.status() != 201)
                .allSatisfy(r -> assertThat(r.code()).as(r.toString()).isEqualTo("INSUFFICIENT_CASH_BALANCE"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = 'CASH-1' "
                + "AND payload_type LIKE '%ExpenditureRecordedEvent'", Long.class)).isEqualTo(10);
        assertTransactionOrderIsSequenceOrder("CASH-1");
    }

    @Test
    void concurrentDuplicatesAcrossInstancesAppendOnceAndKeepTheOrder() throws Exception {
        Requests.approvedPlatform(a, "DUP-X", "9300000004");
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Api api = i % 2 == 0 ? a : b;
            String body = installment("I-" + (i % 6), "COLLEGE", "1.00", "2020-04-01");
            String key = "dup-x-" + (i % 6);
            calls.add(() -> api.as(college("9300000004")).post("/api/v1/platforms/DUP-X/installments", body, "Idempotency-Key", key));
        }
        List<Api.Response> responses = concurrently(calls);
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(responses.stream().map(Api.Response::body).distinct()).hasSize(6);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = 'DUP-X'",
                Long.class)).isEqualTo(3 + 6);
        assertTransactionOrderIsSequenceOrder("DUP-X");
    }

    @Test
    void anIdempotencyKeyHoldsAcrossInstances() {
        Requests.approvedPlatform(a, "IDEM-X", "9300000003");
        String body = installment("I-1", "COLLEGE", "5.00", "2020-04-01");
        Api.Response onA = expect(a.as(college("9300000003")).post("/api/v1/platforms/IDEM-X/installments", body, "Idempotency-Key", "x-1"), 201);
        Api.Response onB = expect(b.as(college("9300000003")).post("/api/v1/platforms/IDEM-X/installments", body, "Idempotency-Key", "x-1"), 201);
        assertThat(onB.body()).isEqualTo(onA.body());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = 'IDEM-X'",
                Long.class)).isEqualTo(4);
    }
}
