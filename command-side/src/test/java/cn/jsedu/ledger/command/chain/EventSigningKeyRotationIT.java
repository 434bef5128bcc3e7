package cn.jsedu.ledger.command.chain;

import cn.jsedu.ledger.command.CommandSideApplication;
import cn.jsedu.ledger.kernel.chain.AppendSignature;
import cn.jsedu.ledger.kernel.chain.ChainProblem;
import cn.jsedu.ledger.kernel.chain.ChainVerdict;
import cn.jsedu.ledger.kernel.chain.Ed25519Keys;
import cn.jsedu.ledger.kernel.chain.StoredEventRow;
import cn.jsedu.ledger.testsupport.Api;
import cn.jsedu.ledger.testsupport.TestUsers;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static cn.jsedu.ledger.command.support.Requests.*;
import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rotating the event-signing key the way the README says, in the key folder of the embedded default: the command
 * side stopped, its private key file removed, its public key file kept under another name, the command side started
 * again (it generates a new pair). Events signed before and after verify with the folder's key ring; without the
 * retired public key the old events are named, with the key they need.
 */
class EventSigningKeyRotationIT {

    @TempDir
    Path keys;

    private static ConfigurableApplicationContext start(String url, Path keyDir) {
        return new SpringApplicationBuilder(CommandSideApplication.class, TestUsers.class)
                .properties(CommandSideApplication.CONFIG_NAME)
                .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--spring.datasource.password=", "--ledger.event-signing.key-dir=" + keyDir);
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    @Test
    void eventsSignedBeforeAndAfterARotationVerifyWhileTheRetiredPublicKeyIsKept() throws Exception {
        Path privateFile = keys.resolve(AppendSignature.KEY_FILE_NAME + ".pem");
        Path publicFile = keys.resolve(AppendSignature.KEY_FILE_NAME + ".pub.pem");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
            try (ConfigurableApplicationContext first = start(url, keys)) {
                approvedPlatform(api(first), "ROTATE-1", "9530000001");
            }
            String retired = Ed25519Keys.keyId(Ed25519Keys.publicKeyFromPem(Files.readString(publicFile)));
            Files.delete(privateFile);
            Path kept = Files.move(publicFile, keys.resolve(AppendSignature.KEY_FILE_NAME + "-retired.pub.pem"));

            try (ConfigurableApplicationContext second = start(url, keys)) {
                expect(api(second).as(college("9530000001")).post("/api/v1/platforms/ROTATE-1/installments",
                        installment("I-1", "COLLEGE", "100.00", "2020-04-01")), 201);
            }
            String current = Ed25519Keys.keyId(Ed25519Keys.publicKeyFromPem(Files.readString(publicFile)));
            assertThat(current).isNotEqualTo(retired);

            List<StoredEventRow> rows = EventRows.of(jdbc, "ROTATE-1");
            assertThat(rows).extracting(row -> row.signature().keyId())
                    .containsExactly(retired, retired, retired, current);
            assertThat(EventRows.verify(jdbc, rows, EventRows.ring(keys)).valid()).isTrue();

            Files.delete(kept);
            ChainVerdict withoutRetired = EventRows.verify(jdbc, rows, EventRows.ring(keys));
            assertThat(withoutRetired.firstBroken().problem()).isEqualTo(ChainProblem.UNKNOWN_KEY);
            assertThat(withoutRetired.firstBroken().sequenceNumber()).isZero();
            assertThat(withoutRetired.firstBroken().detail()).contains(retired, current, "retired key");
        }
    }
}
