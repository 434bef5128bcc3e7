package cn.jsedu.ledger.support.upcasting;

import cn.jsedu.ledger.kernel.event.EnterpriseContributionRecordedEvent;
import cn.jsedu.ledger.kernel.event.ExpenditureRecordedEvent;
import cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Money entries as revision 1 stored them (before documents), read through the upcaster and deserialized as strictly
 * as the services do (fields only, unknown properties fail): the same entries, citing no document.
 */
class MoneyEntryDocumentsUpcasterTest {

    private static final String INSTALLMENT = """
            {"platformId":"JS-001","entryId":"I-1","source":"PROVINCIAL_FINANCE","partyId":null,"form":"CASH",\
            "amount":{"fen":500000000},"effectiveDate":"2020-04-01","voucherRef":"财拨〔2020〕12号","appraisalRef":null}""";
    private static final String CONTRIBUTION = """
            {"platformId":"JS-001","entryId":"C-1","partyId":"E1","form":"EQUIPMENT","amount":{"fen":200000000},\
            "effectiveDate":"2020-05-01","voucherRef":"入库单-7","appraisalRef":"评估报告-3"}""";
    private static final String EXPENDITURE = """
            {"platformId":"JS-001","entryId":"X-1","category":"EQUIPMENT_PURCHASE","chargedSource":"PROVINCIAL_FINANCE",\
            "partyId":null,"amount":{"fen":120000000},"effectiveDate":"2020-06-01","voucherRef":"付款-88"}""";

    private final Serializer serializer = JacksonSerializer.builder().objectMapper(JsonMapper.builder()
                    .addModule(new JavaTimeModule())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                    .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                    .build())
            .build();

    @Test
    void revisionOneEntriesAreReadCitingNoDocument() {
        assertThat(read(InstallmentRecordedEvent.class, "1", INSTALLMENT)).isEqualTo(new InstallmentRecordedEvent(
                "JS-001", "I-1", FundingSource.PROVINCIAL_FINANCE, null, ContributionForm.CASH,
                Money.parse("5000000.00"), LocalDate.of(2020, 4, 1), "财拨〔2020〕12号", null, List.of()));
        assertThat(read(EnterpriseContributionRecordedEvent.class, "1", CONTRIBUTION)).isEqualTo(
                new EnterpriseContributionRecordedEvent("JS-001", "C-1", "E1", ContributionForm.EQUIPMENT,
                        Money.parse("2000000.00"), LocalDate.of(2020, 5, 1), "入库单-7", "评估报告-3", List.of()));
        assertThat(read(ExpenditureRecordedEvent.class, "1", EXPENDITURE)).isEqualTo(new ExpenditureRecordedEvent(
                "JS-001", "X-1", ExpenditureCategory.EQUIPMENT_PURCHASE, FundingSource.PROVINCIAL_FINANCE, null,
                Money.parse("1200000.00"), LocalDate.of(2020, 6, 1), "付款-88", List.of()));
    }

    @Test
    void revisionTwoKeepsItsDocuments() {
        String hash = "a".repeat(64);
        InstallmentRecordedEvent read = (InstallmentRecordedEvent) read(InstallmentRecordedEvent.class, "2",
                INSTALLMENT.substring(0, INSTALLMENT.length() - 1) + ",\"documents\":[\"" + hash + "\"]}");
        assertThat(read.documents()).containsExactly(hash);
    }

    @Test
    void aRevisionOneRowThatAlreadyCitesDocumentsWasNotWrittenByTheLedgerAndFails() {
        assertThatThrownBy(() -> read(ExpenditureRecordedEvent.class, "1",
                EXPENDITURE.substring(0, EXPENDITURE.length() - 1) + ",\"documents\":[]}"))
                .hasStackTraceContaining("is not what revision 1 wrote");
    }

    private Object read(Class<?> type, String revision, String payload) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        GenericDomainEventEntry<byte[]> row = new GenericDomainEventEntry<>("Platform", "JS-001", 4, "event-4",
                "2026-01-01T00:00:00Z", type.getName(), revision, payload.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(row), serializer,
                new EventUpcasterChain(new MoneyEntryDocumentsUpcaster())).forEachRemaining(events::add);
        assertThat(events).hasSize(1);
        return events.get(0).getPayload();
    }
}
