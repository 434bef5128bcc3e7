package cn.jsedu.ledger.command.chain;

import cn.jsedu.ledger.command.signing.EventSigningSettings;
import cn.jsedu.ledger.command.support.CommandSideIntegrationTest;
import cn.jsedu.ledger.kernel.chain.AppendSignature;
import cn.jsedu.ledger.kernel.chain.ChainVerdict;
import cn.jsedu.ledger.kernel.chain.Ed25519Keys;
import cn.jsedu.ledger.kernel.chain.EventHash;
import cn.jsedu.ledger.kernel.chain.KeyRing;
import cn.jsedu.ledger.kernel.chain.StoredEventRow;
import cn.jsedu.ledger.testsupport.Api;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
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
 * Every event the command side appends is chained to its platform's previous one, also under concurrency, and
 * what each command appended is signed with the key in the key folder (verified here with the JDK's Ed25519).
 */
@CommandSideIntegrationTest
class EventChainIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventSigningSettings signing;
    @Autowired
    EmbeddedPostgres postgres;

    private KeyRing keys() {
        return EventRows.ring(signing.keyDir());
    }

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
        assertThat(EventRows.verify(superuser(), rows, keys()).valid()).isTrue();
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
        ChainVerdict verdict = EventRows.verify(superuser(), EventRows.of(jdbc, "CHAIN-HOT"), keys());
        assertThat(verdict.firstBroken()).isNull();
        assertThat(verdict.events()).isEqualTo(3 + 24);
    }

    @Test
    void eachCommandsEventsAreSignedWithTheKeyOfTheKeyFolderWhosePrivateFileOnlyItsOwnerReads() throws Exception {
        Api api = new Api(port);
        approvedPlatform(api, "CHAIN-SIGNED", "9510000004");
        List<StoredEventRow> rows = EventRows.of(jdbc, "CHAIN-SIGNED");
        String keyId = Ed25519Keys.keyId(Ed25519Keys.publicKeyFromPem(Files.readString(
                signing.keyDir().resolve(AppendSignature.KEY_FILE_NAME + ".pub.pem"))));
        assertThat(rows).hasSize(3).allSatisfy(row -> {
            assertThat(row.signature().keyId()).isEqualTo(keyId);
            assertThat(row.signature().signedFrom()).as("one event per command").isEqualTo(row.sequenceNumber());
            assertThat(keys().verify(keyId, row.signature().statementFor(row), row.signature().signature()))
                    .isEqualTo(KeyRing.Check.VALID);
        });
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                signing.keyDir().resolve(AppendSignature.KEY_FILE_NAME + ".pem")))).isEqualTo("rw-------");
    }

    /** Reads the record of events from before signing, which the command role may not. */
    private JdbcTemplate superuser() {
        return new JdbcTemplate(postgres.getPostgresDatabase());
    }
}
