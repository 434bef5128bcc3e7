package cn.jsedu.ledger.query.finance;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.query.eventstream.EventStoreReader;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.support.ReadModelHarness;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration rule of ADR 0020 on rows as the code before the provincial money chain stored them (resource
 * {@code legacy/provincial-installment-rows.json}: a platform's declaration and approval dumped from such a store,
 * two provincial installments recorded by the finance office and a correction, in that code's payload shape): read
 * from the event store as they are, each provincial installment counts as allocated, paid and arrived on its date.
 * Nothing is rewritten: the stored rows stay as they were.
 */
class StoredProvincialInstallmentsIT {

    @RegisterExtension
    static final ReadModelHarness readModels = new ReadModelHarness();

    @Test
    void aStoredProvincialInstallmentReadsAsAllocatedPaidAndArrivedOnItsDate() throws IOException {
        insertRows("legacy/provincial-installment-rows.json");
        List<DomainEventMessage<?>> events = readModels.bean(EventStoreReader.class).readPlatform("LEGACY-1");
        assertThat(events).hasSize(5);
        readModels.project(events);
        FinanceQueries finance = readModels.bean(FinanceQueries.class);
        var row = readModels.bean(PlatformQueries.class).find("LEGACY-1").orElseThrow();

        ProvincialChainView now = finance.provincialChain(row, null, null);
        // 3,000,000.00 + 2,000,000.00 corrected to 1,500,000.00
        assertThat(now.totals().direct()).isEqualTo(Money.parse("4500000.00"));
        assertThat(now.totals().allocated()).isEqualTo(Money.parse("4500000.00"));
        assertThat(now.totals().paid()).isEqualTo(Money.parse("4500000.00"));
        assertThat(now.totals().arrived()).isEqualTo(Money.parse("4500000.00"));
        assertThat(now.totals().unpaid()).isEqualTo(Money.ZERO);
        assertThat(now.totals().inTransit()).isEqualTo(Money.ZERO);
        assertThat(now.totals().unallocated()).isEqualTo(Money.parse("5500000.00"));
        assertThat(now.allocations()).isEmpty();
        assertThat(now.findings()).isEmpty();

        // on the day before the second installment only the first was allocated, paid and arrived
        ProvincialChainView before = finance.provincialChain(row, LocalDate.of(2021, 3, 31), null);
        assertThat(before.totals().allocated()).isEqualTo(Money.parse("3000000.00"));
        assertThat(before.totals().arrived()).isEqualTo(Money.parse("3000000.00"));
        // as known before the correction was recorded
        assertThat(finance.provincialChain(row, null, events.get(4).getTimestamp().minusMillis(1)).totals().paid())
                .isEqualTo(Money.parse("5000000.00"));
        assertThat(readModels.jdbc().queryForObject("SELECT count(*) FROM event_store.domain_event_entry"
                + " WHERE aggregate_identifier = 'LEGACY-1' AND payload_type LIKE '%InstallmentRecordedEvent'",
                Long.class)).as("stored as the old code wrote them").isEqualTo(2);
    }

    private static void insertRows(String resource) throws IOException {
        try (InputStream in = StoredProvincialInstallmentsIT.class.getClassLoader().getResourceAsStream(resource)) {
            JsonNode dump = new ObjectMapper().readTree(in);
            for (JsonNode row : dump) {
                readModels.jdbc().update("""
                        INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier,
                          sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", row.path("eventIdentifier").asText(),
                        row.path("aggregateIdentifier").asText(), row.path("sequenceNumber").asLong(),
                        row.path("type").asText(), row.path("timeStamp").asText(), row.path("payloadType").asText(),
                        row.path("payloadRevision").asText(),
                        row.path("payload").asText().getBytes(StandardCharsets.UTF_8),
                        row.path("metaData").asText().getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
