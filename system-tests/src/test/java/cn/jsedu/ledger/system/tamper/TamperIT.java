package cn.jsedu.ledger.system.tamper;

import cn.jsedu.ledger.command.config.DatabaseRoles;
import cn.jsedu.ledger.query.verification.OfflineVerifier;
import cn.jsedu.ledger.system.Commands;
import cn.jsedu.ledger.system.LedgerSystem;
import cn.jsedu.ledger.testsupport.Api;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tamper evidence end to end (ADR 0010). A ledger is built through the APIs and checkpointed twice; its evidence is
 * copied into another database, where someone with the owner's credentials corrupts five platforms in five ways,
 * and someone with only the command side's database account appends a correctly chained event to two more (one
 * bare, one with a signature copied from another event). A query side on the copy, and the offline verifier on the
 * copy's exports, find and place every one: three by the chain alone, the removed tail and the recomputed chain by
 * the signed checkpoints, the two appended events by the command side's signatures (UNSIGNED, FORGED).
 */
class TamperIT {

    private static final String AMOUNT = "TAMPER-AMOUNT";
    private static final String MIDDLE = "TAMPER-MIDDLE";
    private static final String LAST = "TAMPER-LAST";
    private static final String SWAP = "TAMPER-SWAP";
    private static final String FORGE = "TAMPER-FORGE";
    private static final String CLEAN = "TAMPER-CLEAN";
    /** An event appended by the service's own database account, correctly chained, after the newest checkpoint. */
    private static final String UNSIGNED = "TAMPER-UNSIGNED";
    /** The same, with the signature columns of the platform's last event copied onto it. */
    private static final String COPIED = "TAMPER-COPIED";
    private static final List<String> PLATFORMS = List.of(AMOUNT, MIDDLE, LAST, SWAP, FORGE, CLEAN, UNSIGNED, COPIED);

    private static LedgerSystem ledger;
    private static ConfigurableApplicationContext copySide;
    private static Api copy;
    private static Path files;
    private static final Map<String, String> eventIds = new java.util.HashMap<>();

    @BeforeAll
    static void aLedgerCheckpointedTwiceThenCopiedAndCorrupted() throws IOException {
        ledger = LedgerSystem.get();
        Commands commands = new Commands(ledger.commands);
        int college = 0;
        for (String platform : PLATFORMS) {
            commands.approvedPlatform(platform, "96000000" + college++);          // sequences 0-2
            commands.installment(platform, "I-3", "COLLEGE", "1300.00", "2020-04-01");
            commands.installment(platform, "I-4", "COLLEGE", "1400.00", "2020-04-02");
        }
        Api admin = ledger.queries.as("admin1");
        long first = expect(admin.post("/api/v1/checkpoints", ""), 201).json().path("counter").asLong();
        for (String platform : PLATFORMS) {
            commands.installment(platform, "I-5", "COLLEGE", "1500.00", "2020-04-03");
            commands.installment(platform, "I-6", "COLLEGE", "1600.00", "2020-04-04");
            commands.installment(platform, "I-7", "COLLEGE", "1700.00", "2020-04-05");
        }
        JsonNode second = expect(admin.post("/api/v1/checkpoints", ""), 201).json();
        assertThat(second.path("counter").asLong()).isGreaterThan(first);

        files = Files.createTempDirectory("tamper");
        Files.writeString(files.resolve("checkpoint-first.json"),
                expect(ledger.queries.get("/api/v1/checkpoints/" + first), 200).body());
        Files.writeString(files.resolve("checkpoint-second.json"), expect(ledger.queries.get("/api/v1/checkpoints/latest"), 200).body());
        Files.writeString(files.resolve("key.pem"), expect(ledger.queries.get("/api/v1/checkpoints/public-key"), 200).body());

        LedgerCopy copied = LedgerCopy.ofEvents(ledger, "tamper_copy");
        Tampering owner = new Tampering(copied.as(DatabaseRoles.OWNER));
        eventIds.put(AMOUNT, owner.changeOneAmountByte(AMOUNT, 3));
        owner.delete(MIDDLE, 5);
        owner.delete(LAST, 7);
        eventIds.put(SWAP, owner.rows(SWAP).get(3).eventIdentifier());
        owner.swapPayloads(SWAP, 3, 6);
        eventIds.put(FORGE, owner.forgeWithRecomputedChain(FORGE, 5));
        Tampering command = new Tampering(copied.as(DatabaseRoles.COMMAND));
        eventIds.put(UNSIGNED, command.appendChainedInstallment(UNSIGNED));
        eventIds.put(COPIED, command.appendChainedInstallmentWithCopiedSignature(COPIED));

        copySide = ledger.startQuerySide(copied.url, files.resolve("copy-checkpoints"));
        copied.copyCheckpoints();
        copy = new Api(Integer.parseInt(copySide.getEnvironment().getProperty("local.server.port"))).as("auditor");
    }

    @AfterAll
    static void stopTheCopy() {
        if (copySide != null) {
            copySide.close();
        }
    }

    private static JsonNode verification(Api api, String platform) {
        return expect(api.get("/api/v1/platforms/" + platform + "/verification"), 200).json();
    }

    private static void assertBroken(JsonNode report, long sequence, String problem, String eventId) {
        assertThat(report.path("valid").asBoolean()).as(report.toString()).isFalse();
        JsonNode broken = report.path("firstBroken");
        assertThat(broken.path("sequenceNumber").asLong()).as(report.toString()).isEqualTo(sequence);
        assertThat(broken.path("problem").asText()).as(report.toString()).isEqualTo(problem);
        if (eventId != null) {
            assertThat(broken.path("eventId").asText()).isEqualTo(eventId);
        }
    }

    @Test
    void theUntouchedLedgerVerifiesAgainstItsNewestCheckpoint() {
        for (String platform : PLATFORMS) {
            JsonNode report = verification(ledger.queries, platform);
            assertThat(report.path("valid").asBoolean()).as(report.toString()).isTrue();
            assertThat(report.path("checkpoint").path("sequenceNumber").asLong()).isEqualTo(7);
        }
        JsonNode programme = expect(ledger.queries.get("/api/v1/verification"), 200).json();
        assertThat(programme.path("broken")).as(programme.toString()).isEmpty();
        assertThat(programme.path("valid").asBoolean()).isTrue();
    }

    @Test
    void aChangedAmountByteIsFoundAtItsEvent() {
        assertBroken(verification(copy, AMOUNT), 3, "HASH_MISMATCH", eventIds.get(AMOUNT));
    }

    @Test
    void aDeletedMiddleEventIsFoundAtItsSequence() {
        assertBroken(verification(copy, MIDDLE), 5, "SEQUENCE_GAP", null);
    }

    @Test
    void aDeletedLastEventIsFoundByTheCheckpoint() {
        JsonNode report = verification(copy, LAST);
        assertBroken(report, 7, "TRUNCATED", null);
        assertThat(report.path("firstBroken").path("detail").asText()).contains("checkpoint #");
    }

    @Test
    void swappedPayloadsAreFoundAtTheFirstOfThem() {
        assertBroken(verification(copy, SWAP), 3, "HASH_MISMATCH", eventIds.get(SWAP));
    }

    @Test
    void aForgedEventWithARecomputedChainIsFoundByTheCheckpointAndPlacedByTheOlderOne() {
        JsonNode report = verification(copy, FORGE);
        assertBroken(report, 5, "REWRITTEN", eventIds.get(FORGE));
        assertThat(report.path("firstBroken").path("detail").asText()).contains("between sequences 5 and 7");
    }

    @Test
    void aCorrectlyChainedEventInsertedByTheCommandRoleIsNotTheLedgers() {
        assertBroken(verification(copy, UNSIGNED), 8, "UNSIGNED", eventIds.get(UNSIGNED));
    }

    @Test
    void aSignatureCopiedFromAnotherEventDoesNotVerify() {
        JsonNode report = verification(copy, COPIED);
        assertBroken(report, 8, "FORGED", eventIds.get(COPIED));
        assertThat(report.path("firstBroken").path("detail").asText()).contains("does not verify");
    }

    @Test
    void theProgrammeReportOfTheCopyNamesExactlyTheCorruptedPlatforms() {
        JsonNode report = expect(copy.get("/api/v1/verification"), 200).json();
        assertThat(report.path("valid").asBoolean()).isFalse();
        List<String> broken = new ArrayList<>();
        report.path("broken").forEach(platform -> broken.add(platform.path("platformId").asText()));
        assertThat(broken).containsExactlyInAnyOrder(AMOUNT, MIDDLE, LAST, SWAP, FORGE, UNSIGNED, COPIED);
        report.path("broken").forEach(platform -> {
            if (platform.path("platformId").asText().equals(FORGE)) {
                assertBroken(platform, 5, "REWRITTEN", eventIds.get(FORGE));
            }
            if (platform.path("platformId").asText().equals(UNSIGNED)) {
                assertBroken(platform, 8, "UNSIGNED", eventIds.get(UNSIGNED));
            }
            if (platform.path("platformId").asText().equals(COPIED)) {
                assertBroken(platform, 8, "FORGED", eventIds.get(COPIED));
            }
        });
        assertThat(verification(copy, CLEAN).path("valid").asBoolean()).isTrue();
    }

    @Test
    void theOfflineVerifierFindsTheSameInTheExports() throws IOException {
        assertThat(offline(CLEAN)).startsWith("0").contains("VALID");
        assertThat(offline(AMOUNT)).startsWith("1").contains("BROKEN at sequence 3 (event " + eventIds.get(AMOUNT)
                + "): HASH_MISMATCH");
        assertThat(offline(MIDDLE)).startsWith("1").contains("BROKEN at sequence 5: SEQUENCE_GAP");
        assertThat(offline(LAST)).startsWith("1").contains("BROKEN at sequence 7: TRUNCATED");
        assertThat(offline(SWAP)).startsWith("1").contains("BROKEN at sequence 3 (event " + eventIds.get(SWAP)
                + "): HASH_MISMATCH");
        assertThat(offline(FORGE)).startsWith("1").contains("BROKEN at sequence 5 (event " + eventIds.get(FORGE)
                + "): REWRITTEN");
        assertThat(offline(UNSIGNED)).startsWith("1").contains("BROKEN at sequence 8 (event " + eventIds.get(UNSIGNED)
                + "): UNSIGNED");
        assertThat(offline(COPIED)).startsWith("1").contains("BROKEN at sequence 8 (event " + eventIds.get(COPIED)
                + "): FORGED");
    }

    /**
     * The copy's export of the platform, verified with both checkpoint files, the checkpoint public key and the
     * command side's public event-signing key, both as served and kept by the live ledger: "exit output".
     */
    private static String offline(String platform) throws IOException {
        Api.Response export = expect(copy.get("/api/v1/platforms/" + platform + "/export"), 200);
        assertThat(export.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/x-ndjson"));
        Path history = Files.writeString(files.resolve(platform + ".jsonl"), export.body());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = OfflineVerifier.run(new String[]{"verify", "--history", history.toString(),
                "--checkpoint", files.resolve("checkpoint-first.json").toString(),
                "--checkpoint", files.resolve("checkpoint-second.json").toString(),
                "--public-key", files.resolve("key.pem").toString(), "--event-key", ledger.files.resolve("keys").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return exit + " " + out.toString(StandardCharsets.UTF_8);
    }
}
