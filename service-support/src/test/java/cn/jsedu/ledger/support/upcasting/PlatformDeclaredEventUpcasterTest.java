package cn.jsedu.ledger.support.upcasting;

import cn.jsedu.ledger.kernel.event.PlatformDeclaredEvent;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.College;
import cn.jsedu.ledger.kernel.platform.EnterpriseParty;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.support.json.LedgerJson;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A declaration exactly as the code before programmes stored it (the payload of the first row of
 * {@code legacy/change-proposed-rows.json}, dumped from a store that code wrote), read through the upcaster with the
 * services' own event mapper (fields only, unknown properties fail): it belongs to the default programme.
 */
class PlatformDeclaredEventUpcasterTest {

    private static final String STORED = """
            {"platformId":"LEGACY-1","college":{"code":"9700000001","name":"无锡职业技术学院"},"majorGroup":"智能制造专业群",\
            "industry":"高端装备制造","title":"智能制造产教融合集成平台","enterprises":[{"partyId":"E1","name":"无锡机床股份有限公司",\
            "creditCode":"91320200MA1MXXXX1H"}],"plan":[{"source":"PROVINCIAL_FINANCE","partyId":null,"year":2020,\
            "amount":{"fen":1000000000}},{"source":"ENTERPRISE","partyId":"E1","year":2020,"amount":{"fen":1000000000}},\
            {"source":"COLLEGE","partyId":null,"year":2021,"amount":{"fen":1000000000}}]}""";

    private final Serializer serializer = JacksonSerializer.builder().objectMapper(LedgerJson.eventMapper()).build();

    @Test
    void aStoredDeclarationBelongsToTheDefaultProgramme() {
        assertThat(read("1", STORED)).isEqualTo(new PlatformDeclaredEvent("LEGACY-1", ProgrammeId.DEFAULT.value(),
                new College("9700000001", "无锡职业技术学院"), "智能制造专业群", "高端装备制造", "智能制造产教融合集成平台",
                List.of(new EnterpriseParty("E1", "无锡机床股份有限公司", "91320200MA1MXXXX1H")), List.of(
                new PlanLine(FundingSource.PROVINCIAL_FINANCE, null, 2020, Money.parse("10000000.00")),
                new PlanLine(FundingSource.ENTERPRISE, "E1", 2020, Money.parse("10000000.00")),
                new PlanLine(FundingSource.COLLEGE, null, 2021, Money.parse("10000000.00")))));
    }

    @Test
    void aDeclarationOfTheCurrentRevisionKeepsItsProgramme() {
        String current = STORED.replace("{\"platformId\":\"LEGACY-1\",", "{\"platformId\":\"P-2\",\"programmeId\":\"TRAINING-2016\",");
        assertThat(((PlatformDeclaredEvent) read("2", current)).programmeId()).isEqualTo("TRAINING-2016");
        assertThat(new PlatformDeclaredEventUpcaster().canUpcast(new InitialEventRepresentation(row("2", current),
                serializer))).isFalse();
    }

    @Test
    void aRevisionOneRowThatNamesAProgrammeFailsInsteadOfBeingGuessed() {
        String odd = STORED.replace("{\"platformId\":\"LEGACY-1\",", "{\"platformId\":\"LEGACY-1\",\"programmeId\":\"X\",");
        assertThatThrownBy(() -> read("1", odd)).hasStackTraceContaining("already names a programme");
    }

    private Object read(String revision, String payload) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(row(revision, payload)), serializer,
                new EventUpcasterChain(new PlatformDeclaredEventUpcaster(), new ChangeProposedEventUpcaster()))
                .forEachRemaining(events::add);
        assertThat(events).hasSize(1);
        return events.get(0).getPayload();
    }

    private static GenericDomainEventEntry<byte[]> row(String revision, String payload) {
        return new GenericDomainEventEntry<>("Platform", "LEGACY-1", 0, "event-0", "2026-01-01T00:00:00Z",
                PlatformDeclaredEvent.class.getName(), revision, payload.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
    }
}
