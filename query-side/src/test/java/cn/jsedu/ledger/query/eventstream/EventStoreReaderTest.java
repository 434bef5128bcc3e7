package cn.jsedu.ledger.query.eventstream;

import cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent;
import cn.jsedu.ledger.query.support.QuietServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Per-platform reads, and upcasters applied both there and on the stream. */
class EventStoreReaderTest {

    /** The stream's read bound is the server's: a server no query side runs on (see QuietServer). */
    private static final DataSource DB = QuietServer.dataSource();

    private static final String NOTED = VoucherNoted.class.getName();

    static final class VoucherRenamed extends SingleEventUpcaster {
        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().equals(new SimpleSerializedType(NOTED, "0"));
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(new SimpleSerializedType(NOTED, "1"), JsonNode.class, node -> {
                ObjectNode object = (ObjectNode) node;
                object.set("voucherRef", object.remove("voucher"));
                return object;
            });
        }
    }

    private final EventStoreReader reader = new EventStoreReader(new JdbcTemplate(DB), TestEvents.SERIALIZER,
            new VoucherRenamed());

    @Test
    void readsOnePlatformInSequenceOrderWithUpcasting() throws IOException {
        String platform = "P-" + UUID.randomUUID();
        VoucherNoted first = new VoucherNoted(platform, "V-0");
        InstallmentRecordedEvent second = TestEvents.installment(platform);
        try (TestEvents.Writer later = new TestEvents.Writer(DB);
             TestEvents.Writer earlier = new TestEvents.Writer(DB)) {
            later.insert(second, platform, 1, Instant.now(), MetaData.emptyInstance());
            earlier.insertRaw(platform, 0, Instant.now(), NOTED, "0", revisionZero(first),
                    MetaData.with("user", "old"));
            earlier.commit();
            later.commit();
            later.insertInstallment(); // another platform: not part of the history
            later.commit();
        }

        List<DomainEventMessage<?>> history = reader.readPlatform(platform);

        assertThat(history).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L);
        assertThat(history).extracting(message -> (Object) message.getPayload()).containsExactly(first, second);
        assertThat(history.get(0).getMetaData()).containsEntry("user", "old");
        assertThat(reader.readPlatform("P-" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void theStreamAppliesUpcastersToo() throws Exception {
        XidOrderedEventSource source = new XidOrderedEventSource(DB, TestEvents.SERIALIZER, new VoucherRenamed(), 100,
                Duration.ofMillis(20));
        String platform = "P-" + UUID.randomUUID();
        VoucherNoted event = new VoucherNoted(platform, "V-9");
        XidIndexToken head = source.createHeadToken();
        try (TestEvents.Writer writer = new TestEvents.Writer(DB)) {
            writer.insertRaw(platform, 0, Instant.now(), NOTED, "0", revisionZero(event), MetaData.emptyInstance());
            writer.commit();
        }

        List<TrackedEventMessage<?>> read = XidOrderedEventSourceTest.read(source.openStream(head), 1);
        source.close();

        assertThat(read).extracting(message -> (Object) message.getPayload()).containsExactly(event);
    }

    private static byte[] revisionZero(VoucherNoted event) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = (ObjectNode) mapper.readTree(TestEvents.SERIALIZER.serialize(event, byte[].class).getData());
        json.set("voucher", json.remove("voucherRef"));
        return mapper.writeValueAsBytes(json);
    }
}
