package cn.jsedu.ledger.query.proposal;

import cn.jsedu.ledger.kernel.chain.StoredEventRow;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.query.QuerySideApplication;
import cn.jsedu.ledger.query.audit.PlatformStateView;
import cn.jsedu.ledger.query.audit.StateReplay;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.support.TestDatabase;
import cn.jsedu.ledger.query.verification.LedgerVerification;
import cn.jsedu.ledger.query.verification.PlatformVerificationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * A platform stored by the code before proposals were split by kind (resource {@code legacy/change-proposed-rows.json},
 * dumped with its hashes from the event store that code wrote), inserted byte for byte: the query side's event stream
 * reads each {@code ChangeProposedEvent} through the upcaster as the event of its kind, so the proposals show with
 * their kind and summary, the audit replay reads every event, and the chain of the stored bytes verifies.
 */
@SpringBootTest(classes = QuerySideApplication.class, properties = QuerySideApplication.CONFIG_NAME)
class OldProposalRowsIT {

    private static final String PLATFORM = "LEGACY-1";

    @Autowired
    ProposalQueries proposals;
    @Autowired
    PlatformQueries platforms;
    @Autowired
    StateReplay replay;
    @Autowired
    LedgerVerification verification;

    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource());

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Test
    void theOldProposalsShowByKindAndTheStoredChainVerifies() throws IOException {
        List<StoredEventRow> rows = rows("legacy/change-proposed-rows.json");
        rows.forEach(row -> jdbc.update("""
                INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                  time_stamp, payload_type, payload_revision, payload, meta_data, previous_hash, event_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", row.eventIdentifier(), row.aggregateIdentifier(),
                row.sequenceNumber(), row.type(), row.timestamp(), row.payloadType(), row.payloadRevision(),
                row.payload(), row.metaData(), row.previousHash(), row.eventHash()));
        // Stored before event signing began: the upgrade's migration records such platforms (ADR 0010).
        jdbc.update("INSERT INTO event_store.legacy_head (aggregate_identifier, last_sequence) VALUES (?, ?)", PLATFORM,
                rows.size() - 1);

        // The stream reads below the oldest open transaction of the whole test server: other contexts' work holds it
        // back, and on a busy machine that once took longer than 30 s (docs/testing.md). Only a hang reaches 2 min.
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50)).until(() ->
                platforms.find(PLATFORM).map(PlatformRow::version).orElse(-1L) == 8);
        assertThat(proposals.ofPlatform(PLATFORM))
                .extracting(ProposalView::proposalId, ProposalView::kind, ProposalView::status, ProposalView::proposedBy,
                        ProposalView::summary)
                .containsExactly(
                        tuple("525245ff-60e5-4fb9-88b5-405963926f68", ProposalKind.PERFORMANCE_DECISION,
                                ProposalStatus.PENDING, "admin1", "REWARD 500000.00 苏教职〔2022〕7号: 绩效优秀"),
                        tuple("cf5f15d0-f652-43f7-97ba-55372b083c54", ProposalKind.FUNDING_PLAN_REVISION,
                                ProposalStatus.PENDING, "admin1", "plan of 3 lines, 苏教职〔2022〕8号: 调整预算"),
                        tuple("9396b819-dbcb-49b9-a4af-858be48f2d4c", ProposalKind.PERFORMANCE_DECISION,
                                ProposalStatus.WITHDRAWN, "admin1", "ADJUST 苏教职〔2022〕9号: 中期检查"),
                        tuple("52547381-1c18-471c-b133-7babafff09be", ProposalKind.SUSPENSION,
                                ProposalStatus.PENDING, "admin1", "suspension 苏教职〔2022〕10号: 资金不到位"));
        assertThat(platforms.find(PLATFORM).orElseThrow().status()).isEqualTo(PlatformStatus.APPROVED);

        PlatformStateView state = replay.replay(PLATFORM, null, null).orElseThrow();
        assertThat(state.eventsReplayed()).isEqualTo(9);
        assertThat(state.status()).isEqualTo(PlatformStatus.APPROVED);

        Optional<PlatformVerificationReport> report = verification.platform(PLATFORM, null);
        assertThat(report).hasValueSatisfying(r -> {
            assertThat(r.valid()).isTrue();
            assertThat(r.events()).isEqualTo(9);
        });
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?"
                + " AND payload_type = 'cn.jsedu.ledger.kernel.event.ChangeProposedEvent'", Long.class, PLATFORM))
                .as("stored as the old code wrote them").isEqualTo(4);
    }

    private static List<StoredEventRow> rows(String resource) throws IOException {
        HexFormat hex = HexFormat.of();
        try (InputStream in = OldProposalRowsIT.class.getClassLoader().getResourceAsStream(resource)) {
            JsonNode dump = new ObjectMapper().readTree(in);
            return java.util.stream.StreamSupport.stream(dump.spliterator(), false).map(row -> new StoredEventRow(
                    row.path("aggregateIdentifier").asText(), row.path("sequenceNumber").asLong(),
                    row.path("eventIdentifier").asText(), row.path("type").asText(), row.path("timeStamp").asText(),
                    row.path("payloadType").asText(), row.path("payloadRevision").asText(),
                    row.path("payload").asText().getBytes(StandardCharsets.UTF_8),
                    row.path("metaData").asText().getBytes(StandardCharsets.UTF_8),
                    hex.parseHex(row.path("previousHash").asText()), hex.parseHex(row.path("eventHash").asText())))
                    .toList();
        }
    }
}
