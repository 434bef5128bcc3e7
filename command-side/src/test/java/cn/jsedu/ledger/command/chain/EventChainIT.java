package cn.jsedu.ledger.command.chain;

import cn.jsedu.ledger.command.support.CommandSideIntegrationTest;
import cn.jsedu.ledger.kernel.chain.ChainVerdict;
import cn.jsedu.ledger.kernel.chain.EventHash;
import cn.jsedu.ledger.kernel.chain.StoredEventRow;
import cn.jsedu.ledger.testsupport.Api;
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

/** Every event the command side appends is chained to its platform's previous one, also under concurrency. */
@CommandSideIntegrationTest
class EventChainIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void appendedEventsFormOneValidChainPerPlatform() {
        Api api = new Api(port);
        approvedPlatform(api, "CHAIN-1", "9510000001");
        approvedPlatform(api, "CHAIN-2", "9510000002");
        expect(api.as(college("9510000001")).post("/api/v1/platforms/CHAIN-1/installments",
                installment("I-1", "COLLEGE", "100.00", "2020-04-01")), 201);

        List<StoredEventRow> rows = EventRows.of(jdbc, "CHAIN-1");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).previousHash()).isEqualTo(EventHash.genesis());
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).previousHash()).isEqualTo(rows.get(i - 1).eventHash());
        }
        assertThat(EventRows.verify(rows).valid()).isTrue();
        // One chain per platform: the other platform starts from zeros, not from CHAIN-1's head.
        assertThat(EventRows.of(jdbc, "CHAIN-2").get(0).previousHash()).isEqualTo(EventHash.genesis());
    }

    @Test
    void concurrentCommandsOnOnePlatformStillChainInSequenceOrder() throws Exception {
        Api api = new Api(port);
        approvedPlatform(api, "CHAIN-HOT", "9510000003");
        Api college = api.as(college("9510000003"));
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String body = installment("I-" + i, "COLLEGE", "1.00", "2020-04-01");
            calls.add(() -> college.post("/api/v1/platforms/CHAIN-HOT/installments", body));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Api.Response> response : pool.invokeAll(calls)) {
                assertThat(response.get().status()).as(response.get().toString()).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        ChainVerdict verdict = EventRows.verify(EventRows.of(jdbc, "CHAIN-HOT"));
        assertThat(verdict.firstBroken()).isNull();
        assertThat(verdict.events()).isEqualTo(3 + 24);
    }
}
