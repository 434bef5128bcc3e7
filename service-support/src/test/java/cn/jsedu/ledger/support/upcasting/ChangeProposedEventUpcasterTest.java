package cn.jsedu.ledger.support.upcasting;

import cn.jsedu.ledger.kernel.event.DecisionProposedEvent;
import cn.jsedu.ledger.kernel.event.PlanRevisionProposedEvent;
import cn.jsedu.ledger.kernel.event.SuspensionProposedEvent;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.kernel.platform.ProposedDecision;
import cn.jsedu.ledger.kernel.platform.ProposedPlanRevision;
import cn.jsedu.ledger.kernel.platform.ProposedSuspension;
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
 * Payloads exactly as the code before the split stored them (copied from a store it wrote), read through the
 * upcaster and deserialized as strictly as the services do: fields only, unknown properties fail.
 */
class ChangeProposedEventUpcasterTest {

    private static final String STORED_TYPE = "cn.jsedu.ledger.kernel.event.ChangeProposedEvent";

    private static final String DECISION = """
            {"platformId":"LEGACY-1","proposalId":"525245ff-60e5-4fb9-88b5-405963926f68","kind":"PERFORMANCE_DECISION",\
            "proposedBy":"admin1","decision":{"decisionId":"D-REWARD","type":"REWARD","amount":{"fen":50000000},\
            "basis":"绩效优秀","decisionRef":"苏教职〔2022〕7号","decidedOn":"2022-06-01"},"planRevision":null,"suspension":null}""";
    private static final String PLAN_REVISION = """
            {"platformId":"LEGACY-1","proposalId":"cf5f15d0-f652-43f7-97ba-55372b083c54","kind":"FUNDING_PLAN_REVISION",\
            "proposedBy":"admin1","decision":null,"planRevision":{"plan":[{"source":"PROVINCIAL_FINANCE","partyId":null,\
            "year":2020,"amount":{"fen":900000000}},{"source":"ENTERPRISE","partyId":"E1","year":2020,"amount":\
            {"fen":1100000000}}],"reason":"调整预算","decisionRef":"苏教职〔2022〕8号"},"suspension":null}""";
    private static final String SUSPENSION = """
            {"platformId":"LEGACY-1","proposalId":"52547381-1c18-471c-b133-7babafff09be","kind":"SUSPENSION",\
            "proposedBy":"admin1","decision":null,"planRevision":null,"suspension":{"reason":"资金不到位",\
            "decisionRef":"苏教职〔2022〕10号"}}""";

    private final Serializer serializer = JacksonSerializer.builder().objectMapper(JsonMapper.builder()
                    .addModule(new JavaTimeModule())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                    .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                    .build())
            .build();

    @Test
    void aStoredDecisionProposalIsReadAsADecisionProposedEvent() {
        assertThat(read(DECISION)).isEqualTo(new DecisionProposedEvent("LEGACY-1", "525245ff-60e5-4fb9-88b5-405963926f68",
                "admin1", new ProposedDecision("D-REWARD", DecisionType.REWARD, Money.parse("500000.00"), "绩效优秀",
                "苏教职〔2022〕7号", LocalDate.of(2022, 6, 1))));
    }

    @Test
    void aStoredPlanRevisionProposalIsReadAsAPlanRevisionProposedEvent() {
        assertThat(read(PLAN_REVISION)).isEqualTo(new PlanRevisionProposedEvent("LEGACY-1",
                "cf5f15d0-f652-43f7-97ba-55372b083c54", "admin1", new ProposedPlanRevision(List.of(
                new PlanLine(FundingSource.PROVINCIAL_FINANCE, null, 2020, Money.parse("9000000.00")),
                new PlanLine(FundingSource.ENTERPRISE, "E1", 2020, Money.parse("11000000.00"))),
                "调整预算", "苏教职〔2022〕8号", null)));
    }

    @Test
    void aStoredSuspensionProposalIsReadAsASuspensionProposedEvent() {
        assertThat(read(SUSPENSION)).isEqualTo(new SuspensionProposedEvent("LEGACY-1",
                "52547381-1c18-471c-b133-7babafff09be", "admin1", new ProposedSuspension("资金不到位", "苏教职〔2022〕10号")));
    }

    @Test
    void otherTypesAndRevisionsPassUnchanged() {
        String suspensionNow = """
                {"platformId":"P","proposalId":"PR","proposedBy":"a","suspension":{"reason":"r","decisionRef":"d"}}""";
        assertThat(read(SuspensionProposedEvent.class.getName(), "1", suspensionNow))
                .isEqualTo(new SuspensionProposedEvent("P", "PR", "a", new ProposedSuspension("r", "d")));
        GenericDomainEventEntry<byte[]> otherRevision = row(STORED_TYPE, "2", SUSPENSION);
        assertThat(new ChangeProposedEventUpcaster().canUpcast(
                new org.axonframework.serialization.upcasting.event.InitialEventRepresentation(otherRevision, serializer)))
                .isFalse();
    }

    @Test
    void aRowNotShapedAsTheOldCodeWroteItFailsInsteadOfLosingAField() {
        assertThatThrownBy(() -> read(SUSPENSION.replace("\"kind\":\"SUSPENSION\"", "\"kind\":\"EXTENSION\"")))
                .hasStackTraceContaining("unknown kind 'EXTENSION'");
        assertThatThrownBy(() -> read(SUSPENSION.replace("\"decision\":null", "\"decision\":{\"decisionId\":\"D\"}")))
                .hasStackTraceContaining("carries a decision");
        assertThatThrownBy(() -> read(DECISION.replaceFirst("\"decision\":\\{[^}]*}", "\"decision\":null")))
                .hasStackTraceContaining("has no decision");
    }

    private Object read(String payload) {
        return read(STORED_TYPE, "1", payload);
    }

    private Object read(String type, String revision, String payload) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(row(type, revision, payload)), serializer,
                new EventUpcasterChain(new ChangeProposedEventUpcaster())).forEachRemaining(events::add);
        assertThat(events).hasSize(1);
        return events.get(0).getPayload();
    }

    private static GenericDomainEventEntry<byte[]> row(String type, String revision, String payload) {
        return new GenericDomainEventEntry<>("Platform", "LEGACY-1", 4, "event-4", "2026-01-01T00:00:00Z", type,
                revision, payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
    }
}
