package cn.jsedu.ledger.command.chain;

import cn.jsedu.ledger.testsupport.Api;
import cn.jsedu.ledger.command.support.CommandSideIntegrationTest;
import cn.jsedu.ledger.command.signing.EventSigningSettings;
import cn.jsedu.ledger.kernel.chain.ChainVerdict;
import cn.jsedu.ledger.kernel.chain.KeyRing;
import cn.jsedu.ledger.kernel.chain.StoredEventRow;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A platform stored by the code before proposals were split by kind: its rows (resource
 * {@code legacy/change-proposed-rows.json}, dumped from the event store that code wrote, hashes included) are inserted
 * byte for byte, and the command side works on them: the upcaster reads each {@code ChangeProposedEvent} as the event
 * of its kind, so the old proposals can be approved (by another administrator only) and the withdrawn one cannot. The
 * stored rows are never rewritten, and the chain, old rows and new, still verifies: the old rows are from before
 * event signing (recorded as such, as the upgrade's migration would have), the new ones signed.
 */
@CommandSideIntegrationTest
class OldProposalRowsIT {

    private static final String PLATFORM = "LEGACY-1";
    private static final String OLD_TYPE = "cn.jsedu.ledger.kernel.event.ChangeProposedEvent";
    private static final String REWARD = "525245ff-60e5-4fb9-88b5-405963926f68";
    private static final String PLAN_REVISION = "cf5f15d0-f652-43f7-97ba-55372b083c54";
    private static final String WITHDRAWN = "9396b819-dbcb-49b9-a4af-858be48f2d4c";
    private static final String SUSPENSION = "52547381-1c18-471c-b133-7babafff09be";

    private static List<StoredEventRow> oldRows;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Cache platformCache;
    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    EventSigningSettings signing;

    @BeforeAll
    static void readTheDump() throws IOException {
        oldRows = rows("legacy/change-proposed-rows.json");
    }

    @Test
    void proposalsStoredByTheOldCodeAreApprovedAndTheChainStillVerifies() {
        oldRows.forEach(row -> jdbc.update("""
                INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                  time_stamp, payload_type, payload_revision, payload, meta_data, previous_hash, event_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", row.eventIdentifier(), row.aggregateIdentifier(),
                row.sequenceNumber(), row.type(), row.timestamp(), row.payloadType(), row.payloadRevision(),
                row.payload(), row.metaData(), row.previousHash(), row.eventHash()));
        EventRows.recordAsFromBeforeSigning(postgres.getPostgresDatabase(), PLATFORM, oldRows.size() - 1);
        platformCache.removeAll();
        assertThat(oldRows).filteredOn(r -> r.payloadType().equals(OLD_TYPE)).hasSize(4);
        KeyRing keys = EventRows.ring(signing.keyDir());
        assertThat(EventRows.verify(superuser(), EventRows.of(jdbc, PLATFORM), keys).valid()).as("the dump's own chain")
                .isTrue();

        Api api = new Api(port);
        String path = "/api/v1/platforms/" + PLATFORM + "/proposals/";
        // the proposer named in the old row may not approve its own proposal
        assertThat(expect(api.as("admin1").post(path + REWARD + "/approval", "{}"), 403).code())
                .isEqualTo("FOUR_EYES_REQUIRED");
        Api.Response reward = expect(api.as("admin2").post(path + REWARD + "/approval", "{}"), 200);
        assertThat(reward.json().path("entryId").asText()).isEqualTo("D-REWARD");
        // the decision, its allocation (ADR 0020) and the approval
        assertThat(reward.version()).isEqualTo(11);
        assertThat(expect(api.as("admin2").post(path + WITHDRAWN + "/approval", "{}"), 422).code())
                .isEqualTo("UNKNOWN_PROPOSAL");
        expect(api.as("admin2").post(path + PLAN_REVISION + "/approval", "{}"), 200);
        expect(api.as("admin2").post(path + SUSPENSION + "/approval", "{}"), 200);
        assertThat(api.as("finance").post("/api/v1/platforms/" + PLATFORM + "/installments", """
                {"entryId":"I-2","source":"PROVINCIAL_FINANCE","form":"CASH","amount":"1.00","effectiveDate":"2020-05-01",
                 "voucherRef":"v"}""").code()).isEqualTo("PLATFORM_SUSPENDED");

        List<StoredEventRow> stored = EventRows.of(jdbc, PLATFORM);
        assertThat(stored.subList(0, oldRows.size())).as("old rows, byte for byte")
                .usingRecursiveFieldByFieldElementComparator().isEqualTo(oldRows);
        assertThat(stored.subList(oldRows.size(), stored.size())).extracting(StoredEventRow::payloadType)
                .containsExactly("cn.jsedu.ledger.kernel.event.PerformanceDecisionRecordedEvent",
                        "cn.jsedu.ledger.kernel.event.ProvincialAllocationRecordedEvent",
                        "cn.jsedu.ledger.kernel.event.ProposalApprovedEvent",
                        "cn.jsedu.ledger.kernel.event.FundingPlanRevisedEvent",
                        "cn.jsedu.ledger.kernel.event.ProposalApprovedEvent",
                        "cn.jsedu.ledger.kernel.event.PlatformSuspendedEvent",
                        "cn.jsedu.ledger.kernel.event.ProposalApprovedEvent");
        assertThat(new String(stored.get(12).payload(), StandardCharsets.UTF_8))
                .contains("\"planVersion\":1", "{\"fen\":1100000000}", "调整预算");
        ChainVerdict verdict = EventRows.verify(superuser(), stored, keys);
        assertThat(verdict.valid()).as("the chain over old and new rows").isTrue();
        assertThat(verdict.legacyEvents()).isEqualTo(oldRows.size());
        // The reward's approval appends three events in one transaction: one signature, on the last, covers them all.
        assertThat(stored.get(oldRows.size()).signature()).isNull();
        assertThat(stored.get(oldRows.size() + 1).signature()).isNull();
        assertThat(stored.get(oldRows.size() + 2).signature().signedFrom()).isEqualTo(oldRows.size());
        assertThat(stored.get(oldRows.size()).previousHash()).isEqualTo(oldRows.get(oldRows.size() - 1).eventHash());
    }

    static List<StoredEventRow> rows(String resource) throws IOException {
        HexFormat hex = HexFormat.of();
        List<StoredEventRow> rows = new ArrayList<>();
        try (InputStream in = OldProposalRowsIT.class.getClassLoader().getResourceAsStream(resource)) {
            for (JsonNode row : new ObjectMapper().readTree(in)) {
                rows.add(new StoredEventRow(row.path("aggregateIdentifier").asText(), row.path("sequenceNumber").asLong(),
                        row.path("eventIdentifier").asText(), row.path("type").asText(), row.path("timeStamp").asText(),
                        row.path("payloadType").asText(), row.path("payloadRevision").asText(),
                        row.path("payload").asText().getBytes(StandardCharsets.UTF_8),
                        row.path("metaData").asText().getBytes(StandardCharsets.UTF_8),
                        hex.parseHex(row.path("previousHash").asText()), hex.parseHex(row.path("eventHash").asText())));
            }
        }
        return rows;
    }

    /** Reads the record of events from before signing, which the command role may not. */
    private JdbcTemplate superuser() {
        return new JdbcTemplate(postgres.getPostgresDatabase());
    }
}
