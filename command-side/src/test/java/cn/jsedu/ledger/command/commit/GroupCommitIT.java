package cn.jsedu.ledger.command.commit;

import cn.jsedu.ledger.command.chain.EventRows;
import cn.jsedu.ledger.command.evaluation.ApproveEvaluationPublicationCommand;
import cn.jsedu.ledger.command.idempotency.IdempotencyKeyRaceException;
import cn.jsedu.ledger.command.idempotency.IdempotencyKeyReusedException;
import cn.jsedu.ledger.command.platform.CommandResult;
import cn.jsedu.ledger.command.platform.LedgerRuleException;
import cn.jsedu.ledger.command.platform.RecordExpenditureCommand;
import cn.jsedu.ledger.command.platform.RecordInstallmentCommand;
import cn.jsedu.ledger.command.signing.EventSigningSettings;
import cn.jsedu.ledger.command.support.CommandSideIntegrationTest;
import cn.jsedu.ledger.kernel.chain.ChainVerdict;
import cn.jsedu.ledger.kernel.chain.KeyRing;
import cn.jsedu.ledger.kernel.chain.StoredEventRow;
import cn.jsedu.ledger.kernel.event.EventMetadataKeys;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.id.EntryId;
import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.testsupport.Api;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static cn.jsedu.ledger.command.support.Requests.approvedPlatform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Group commit (ADR 0008): commands dispatched together run as one batch, in one transaction, and each is answered
 * after that commit; a command that fails takes nothing of the others with it. The bus holds its batches while a test
 * dispatches, so the commands of a test are one batch, whatever the machine's load.
 */
@CommandSideIntegrationTest
class GroupCommitIT {

    private static final String USER = "college-officer";

    @LocalServerPort
    int port;
    @Autowired
    GroupCommitCommandBus bus;
    @Autowired
    CommandGateway gateway;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    EventSigningSettings signing;

    @AfterEach
    void releaseTheBus() {
        bus.release();
    }

    @Test
    void aRefusedCommandFailsAloneAndTheOthersCommitInOneTransaction() throws Exception {
        platforms("GC-A", "9540000001", "GC-B", "9540000002", "GC-C", "9540000003");

        List<CompletableFuture<Object>> answers = together(
                installment("GC-A", "I-1", "100.00", null),
                expenditure("GC-B", "X-1", "50.00", null),
                installment("GC-C", "I-1", "100.00", null));

        assertThat(result(answers.get(0)).version()).isEqualTo(3);
        assertThatThrownBy(() -> answers.get(1).get(30, TimeUnit.SECONDS))
                .hasCauseInstanceOf(LedgerRuleException.class);
        assertThat(result(answers.get(2)).version()).isEqualTo(3);
        assertThat(transactionOf("GC-A", 3)).isEqualTo(transactionOf("GC-C", 3));
        assertThat(eventsOf("GC-B")).isEqualTo(3);
        assertChained("GC-A", "GC-B", "GC-C");
    }

    @Test
    void commandsOnOnePlatformInOneBatchRunInOrderEachOnTheStateTheOneBeforeLeft() throws Exception {
        platforms("GC-D", "9540000004");

        List<CompletableFuture<Object>> answers = together(
                installment("GC-D", "I-1", "100.00", null),
                expenditure("GC-D", "X-1", "100.00", null),
                installment("GC-D", "I-2", "1.00", null));

        assertThat(answers.stream().map(a -> result(a).version()).toList()).containsExactly(3L, 4L, 5L);
        assertThat(transactionOf("GC-D", 3)).isEqualTo(transactionOf("GC-D", 5));
        assertChained("GC-D");
    }

    @Test
    void aFailedCommandHoldsTheLaterCommandsOfItsPlatformForTheNextTransaction() throws Exception {
        platforms("GC-E", "9540000005", "GC-F", "9540000006");

        List<CompletableFuture<Object>> answers = together(
                installment("GC-E", "I-1", "100.00", null),
                expenditure("GC-E", "X-1", "500.00", null),
                installment("GC-F", "I-1", "100.00", null),
                expenditure("GC-E", "X-2", "60.00", null));

        assertThat(result(answers.get(0)).version()).isEqualTo(3);
        assertThatThrownBy(() -> answers.get(1).get(30, TimeUnit.SECONDS))
                .hasCauseInstanceOf(LedgerRuleException.class);
        assertThat(result(answers.get(2)).version()).isEqualTo(3);
        // the refused command may have changed the platform before it failed: its next command runs on state read
        // again after the first transaction committed, in a transaction of its own
        assertThat(result(answers.get(3)).version()).isEqualTo(4);
        assertThat(transactionOf("GC-E", 3)).isEqualTo(transactionOf("GC-F", 3))
                .isNotEqualTo(transactionOf("GC-E", 4));
        assertChained("GC-E", "GC-F");
    }

    @Test
    void theKeysOfABatchReplayRefuseAndRecordEachCommandOnItsOwn() throws Exception {
        platforms("GC-G", "9540000007", "GC-H", "9540000008");
        CommandResult first = result(together(installment("GC-G", "I-1", "100.00", "gc-key-1")).get(0));

        List<CompletableFuture<Object>> answers = together(
                installment("GC-G", "I-1", "100.00", "gc-key-1"),
                installment("GC-G", "I-2", "7.00", "gc-key-2"),
                installment("GC-H", "I-1", "100.00", "gc-key-3"),
                withHash(installment("GC-H", "I-9", "1.00", "gc-key-2b"), "another request"));

        assertThat(result(answers.get(0))).isEqualTo(first);
        assertThat(result(answers.get(1)).version()).isEqualTo(4);
        assertThat(result(answers.get(2)).version()).isEqualTo(3);
        assertThat(result(answers.get(3)).version()).isEqualTo(4);
        assertThat(eventsOf("GC-G")).isEqualTo(5);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM command_side.idempotency_key WHERE principal = ? AND idempotency_key LIKE 'gc-key-%'""",
                Long.class, USER)).isEqualTo(4);

        // the same key with another request: refused, alone
        List<CompletableFuture<Object>> again = together(
                withHash(installment("GC-H", "I-1", "100.00", "gc-key-3"), "not the first request"),
                installment("GC-G", "I-3", "1.00", null));
        assertThatThrownBy(() -> again.get(0).get(30, TimeUnit.SECONDS))
                .hasCauseInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(result(again.get(1)).version()).isEqualTo(5);
        assertChained("GC-G", "GC-H");
    }

    @Test
    void aKeyThatAnotherTransactionCommitsMeanwhileRefusesOnlyItsOwnCommand() throws Exception {
        platforms("GC-I", "9540000009", "GC-J", "9540000010");
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("""
                    INSERT INTO command_side.idempotency_key (principal, idempotency_key, request_hash, command_name,
                      platform_id, entry_id, version) VALUES (?, 'gc-raced', 'h', 'c', 'GC-I', 'I-0', 2)""")) {
                insert.setString(1, USER);
                insert.executeUpdate();
            }
            // the batch looks the key up (not committed: unused), runs both commands, then waits on the key's row
            List<CompletableFuture<Object>> answers = together(
                    installment("GC-I", "I-1", "100.00", "gc-raced"),
                    installment("GC-J", "I-1", "100.00", null));
            await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'", Long.class) > 0);
            other.commit();

            assertThatThrownBy(() -> answers.get(0).get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(IdempotencyKeyRaceException.class);
            assertThat(result(answers.get(1)).version()).isEqualTo(3);
        }
        assertThat(eventsOf("GC-I")).isEqualTo(3);
        assertChained("GC-I", "GC-J");
    }

    @Test
    void aCommandAloneInItsBatchWhoseKeyIsTakenMeanwhileGetsItsOwnRefusalNotTheBatchs() throws Exception {
        platforms("GC-K", "9540000011");
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("""
                    INSERT INTO command_side.idempotency_key (principal, idempotency_key, request_hash, command_name,
                      platform_id, entry_id, version) VALUES (?, 'gc-raced-alone', 'h', 'c', 'GC-K', 'I-0', 2)""")) {
                insert.setString(1, USER);
                insert.executeUpdate();
            }
            List<CompletableFuture<Object>> answers = together(installment("GC-K", "I-1", "100.00", "gc-raced-alone"));
            await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'", Long.class) > 0);
            other.commit();

            // the refusal the submitter retries on (and then answers from the stored result), not a failure of the
            // batch that the client would see as a 500
            assertThatThrownBy(() -> answers.get(0).get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(IdempotencyKeyRaceException.class);
        }
        assertThat(eventsOf("GC-K")).isEqualTo(3);
    }

    /**
     * A command that appends to several aggregates (a round's publication: the round and each platform of its results,
     * ADR 0026) is atomic only alone: in a batch, a failure after it changed one platform would leave that platform
     * changed in memory for the batch's later commands, and the batch knows one target per command. So it runs in a
     * transaction of its own with no batch beside it ({@link SpansAggregates}): when a platform refuses, nothing of it
     * is committed, and the commands dispatched with it commit in their own batch.
     */
    @Test
    void aCommandSpanningAggregatesThatFailsCommitsNothingAndTheCommandsDispatchedWithItCommit() throws Exception {
        platforms("GC-L", "9540000012", "GC-M", "9540000013", "GC-N", "9540000014");
        String proposal = proposedRound("EVAL-GC-1", "GC-L", "GC-M");
        terminate("GC-M");

        List<CompletableFuture<Object>> answers = together(
                installment("GC-N", "I-1", "100.00", null),
                publicationApproval("EVAL-GC-1", proposal),
                installment("GC-L", "I-1", "100.00", null));

        assertThat(result(answers.get(0)).version()).isEqualTo(3);
        assertThatThrownBy(() -> answers.get(1).get(30, TimeUnit.SECONDS))
                .hasCauseInstanceOf(LedgerRuleException.class)
                .hasMessageContaining("GC-M");
        // GC-L's installment ran after the failed publication had appended to GC-L (in memory) and rolled back: it
        // sees no trace of it
        assertThat(result(answers.get(2)).version()).isEqualTo(3);
        assertThat(eventsOf("EVAL-GC-1")).isEqualTo(6);
        assertThat(typed("GC-L", "EvaluationPublishedEvent")).isZero();
        assertThat(typed("GC-M", "EvaluationPublishedEvent")).isZero();
        assertChained("GC-L", "GC-M", "GC-N");
    }

    @Test
    void aCommandSpanningAggregatesCommitsThemAllInATransactionOfItsOwn() throws Exception {
        platforms("GC-O", "9540000015", "GC-P", "9540000016", "GC-Q", "9540000017");
        String proposal = proposedRound("EVAL-GC-2", "GC-O", "GC-P");

        List<CompletableFuture<Object>> answers = together(
                installment("GC-Q", "I-1", "100.00", null),
                publicationApproval("EVAL-GC-2", proposal),
                installment("GC-O", "I-1", "100.00", null));

        assertThat(result(answers.get(0)).version()).isEqualTo(3);
        assertThat(result(answers.get(1)).entryId()).isEqualTo("EVAL-GC-2");
        // GC-O's installment waited for the publication and ran after it, on the platform it left
        assertThat(result(answers.get(2)).version()).isEqualTo(4);
        String publication = transactionOf("EVAL-GC-2", 6);
        assertThat(transactionOf("GC-O", 3)).isEqualTo(publication);
        assertThat(transactionOf("GC-P", 3)).isEqualTo(publication);
        assertThat(transactionOf("GC-Q", 3)).isNotEqualTo(publication);
        assertThat(transactionOf("GC-O", 4)).isNotEqualTo(publication);
        assertChained("GC-O", "GC-P", "GC-Q", "EVAL-GC-2");
    }

    /** A round of batch 2 whose publication of {@code platforms} (each 良好, no decision) admin1 proposed. */
    private String proposedRound(String roundId, String... platforms) {
        Api admin1 = new Api(port).as("admin1");
        Api.expect(admin1.post("/api/v1/evaluation-rounds", """
                {"roundId":"%s","kind":"ANNUAL","year":2022,"batch":2,"referenceDate":"2022-12-31"}""".formatted(roundId)),
                201);
        StringBuilder results = new StringBuilder();
        for (String platform : platforms) {
            for (String item : List.of("PANEL_CONSTRUCTION_QUALITY", "PANEL_SERVICE_AND_INNOVATION")) {
                Api.expect(admin1.post("/api/v1/evaluation-rounds/" + roundId + "/panel-scores", """
                        {"platformId":"%s","itemCode":"%s","centipoints":2000,"remarks":"良好"}""".formatted(platform, item)),
                        201);
            }
            results.append(results.isEmpty() ? "" : ",").append("""
                    {"platformId":"%s","objective":[{"code":"FUNDS_IN_PLACE","centipoints":1200},
                     {"code":"ENTERPRISE_SHARE","centipoints":800},{"code":"EXECUTION","centipoints":0},
                     {"code":"TASK_INDICATORS","centipoints":1000},{"code":"REPORTS_SUBMITTED","centipoints":500},
                     {"code":"WORKSTATION_SHARE","centipoints":0}]}""".formatted(platform));
        }
        return Api.expect(admin1.post("/api/v1/evaluation-rounds/" + roundId + "/publication", """
                {"knownAt":"%s","results":[%s]}""".formatted(
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), results)), 202)
                .json().path("entryId").asText();
    }

    private void terminate(String platform) {
        Api api = new Api(port);
        String proposal = Api.expect(api.as("admin1").post("/api/v1/platforms/" + platform + "/decisions", """
                {"type":"TERMINATE","basis":"终止","decisionRef":"苏教职〔2024〕3号","decidedOn":"2024-06-01"}"""), 202)
                .json().path("entryId").asText();
        Api.expect(api.as("admin2").post("/api/v1/platforms/" + platform + "/proposals/" + proposal + "/approval",
                "{}"), 200);
    }

    private static GenericCommandMessage<?> publicationApproval(String roundId, String proposalId) {
        return new GenericCommandMessage<>(new ApproveEvaluationPublicationCommand(roundId, proposalId, "admin2"))
                .andMetaData(MetaData.with(EventMetadataKeys.USER, "admin2"));
    }

    private long typed(String aggregate, String type) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?""",
                Long.class, aggregate, "%." + type);
    }

    /** Dispatches every command while the bus holds its batches, then lets them go: one batch. */
    private List<CompletableFuture<Object>> together(GenericCommandMessage<?>... commands) {
        bus.hold();
        List<CompletableFuture<Object>> answers = new ArrayList<>();
        try {
            for (GenericCommandMessage<?> command : commands) {
                answers.add(gateway.send(command));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> bus.waiting() == commands.length);
        } finally {
            bus.release();
        }
        return answers;
    }

    private static CommandResult result(CompletableFuture<Object> answer) {
        try {
            return (CommandResult) answer.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the command failed", e);
        }
    }

    private void platforms(String... idsAndColleges) {
        Api api = new Api(port);
        for (int i = 0; i < idsAndColleges.length; i += 2) {
            approvedPlatform(api, idsAndColleges[i], idsAndColleges[i + 1]);
        }
    }

    private static GenericCommandMessage<?> installment(String platform, String entry, String amount, String key) {
        return message(new RecordInstallmentCommand(PlatformId.of(platform), EntryId.of(entry), FundingSource.COLLEGE,
                null, ContributionForm.CASH, Money.parse(amount), LocalDate.of(2020, 4, 1), "凭证-" + entry, null),
                key);
    }

    private static GenericCommandMessage<?> expenditure(String platform, String entry, String amount, String key) {
        return message(new RecordExpenditureCommand(PlatformId.of(platform), EntryId.of(entry),
                ExpenditureCategory.EQUIPMENT_PURCHASE, FundingSource.COLLEGE, null, Money.parse(amount),
                LocalDate.of(2020, 5, 1), "凭证-" + entry), key);
    }

    private static GenericCommandMessage<?> message(Object command, String key) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(EventMetadataKeys.USER, USER);
        if (key != null) {
            metadata.put(EventMetadataKeys.IDEMPOTENCY_KEY, key);
            metadata.put("requestHash", fingerprint("the request of " + key));
        }
        return new GenericCommandMessage<>(command).andMetaData(MetaData.from(metadata));
    }

    private static GenericCommandMessage<?> withHash(GenericCommandMessage<?> command, String hash) {
        return command.andMetaData(Map.of("requestHash", fingerprint(hash)));
    }

    /** A fingerprint as the web layer takes it: 64 hex digits (the column is CHAR(64)). */
    private static String fingerprint(String request) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(request.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private long eventsOf(String platform) {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, platform);
    }

    /** The id of the transaction that appended the event (only the superuser may read it, ADR 0011). */
    private String transactionOf(String platform, long sequence) {
        return new JdbcTemplate(postgres.getPostgresDatabase()).queryForObject("""
                SELECT tx_id::text FROM event_store.domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?""",
                String.class, platform, sequence);
    }

    private void assertChained(String... platforms) {
        KeyRing keys = EventRows.ring(signing.keyDir());
        for (String platform : platforms) {
            List<StoredEventRow> rows = EventRows.of(jdbc, platform);
            ChainVerdict verdict = EventRows.verify(
                    new JdbcTemplate(postgres.getPostgresDatabase()), rows, keys);
            assertThat(verdict.firstBroken()).as(platform).isNull();
            assertThat(verdict.events()).as(platform).isEqualTo(rows.size());
        }
    }
}
