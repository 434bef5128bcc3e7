package cn.jsedu.ledger.command.config;

import cn.jsedu.ledger.command.signing.Ed25519AppendSigner;
import cn.jsedu.ledger.kernel.chain.AppendSignature;
import cn.jsedu.ledger.kernel.chain.Ed25519Keys;
import cn.jsedu.ledger.kernel.chain.EventHash;
import cn.jsedu.ledger.kernel.chain.StoredEventRow;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One append batch as Axon hands it over (a unit of work's events, here of two platforms): every row chained, and
 * exactly the last row of each platform signed, for that platform's rows of the batch.
 */
class ChainedAppendEventsTest {

    private static final KeyPair KEY = Ed25519Keys.generate();

    /** The values bound to each added batch row of the insert, by parameter index. */
    private final List<Map<Integer, Object>> inserted = new ArrayList<>();
    private Map<Integer, Object> bound = new HashMap<>();

    @Test
    void theLastEventOfEachPlatformInABatchIsSignedForThatPlatformsEventsOfTheBatch() throws Exception {
        List<DomainEventMessage<?>> batch = List.of(event("A", 0, "a0"), event("B", 0, "b0"), event("A", 1, "a1"),
                event("A", 2, "a2"));
        PreparedStatement statement = new ChainedAppendEvents(new Ed25519AppendSigner(KEY), new ChainHeads(10)).build(connection(),
                EventSchema.builder().eventTable("event_store.domain_event_entry").build(), byte[].class, batch,
                JacksonSerializer.defaultSerializer(), (ps, index, timestamp) -> { });
        assertThat(statement).isNotNull();

        assertThat(inserted).hasSize(4);
        assertThat(inserted).extracting(row -> row.get(14) != null).containsExactly(false, true, false, true);
        Map<Integer, Object> a2 = inserted.get(3);
        assertThat(a2.get(12)).as("signed from A's first event of the batch").isEqualTo(0L);
        assertThat(a2.get(13)).isEqualTo(Ed25519Keys.keyId(KEY.getPublic()));
        byte[] statementBytes = AppendSignature.statement((String) a2.get(13), "A", 0, 2, (byte[]) a2.get(11));
        assertThat(Ed25519Keys.verify(KEY.getPublic(), statementBytes, (byte[]) a2.get(14)))
                .as("a standard Ed25519 signature: the JDK verifies what BouncyCastle signed").isTrue();
        assertThat(inserted.get(1).get(12)).isEqualTo(0L);
        assertThat(inserted.get(2).get(10)).as("a1 chained to a0").isEqualTo(inserted.get(0).get(11));
        assertThat(inserted.get(0).get(10)).isEqualTo(EventHash.genesis());
        StoredEventRow a0 = new StoredEventRow("A", 0, (String) inserted.get(0).get(1), "Platform",
                (String) inserted.get(0).get(5), (String) inserted.get(0).get(6), (String) inserted.get(0).get(7),
                (byte[]) inserted.get(0).get(8), (byte[]) inserted.get(0).get(9), EventHash.genesis(), null);
        assertThat(EventHash.of(a0)).as("the hash of exactly the bound bytes").isEqualTo(inserted.get(0).get(11));
    }

    @Test
    void anAppendChainsToTheHeadThisInstanceCommittedWithoutReadingItAndOnlyOnceItIsCommitted() throws Exception {
        ChainHeads heads = new ChainHeads(10);
        ChainedAppendEvents append = new ChainedAppendEvents(new Ed25519AppendSigner(KEY), heads);
        EventSchema schema = EventSchema.builder().eventTable("event_store.domain_event_entry").build();

        DefaultUnitOfWork.startAndGet(null).execute(() -> build(append, schema, List.of(event("A", 0, "a0"))));
        byte[] a0 = (byte[]) inserted.get(0).get(11);
        assertThat(heads.hashAt("A", 0)).isEqualTo(a0);

        DefaultUnitOfWork<?> rolledBack = DefaultUnitOfWork.startAndGet(null);
        build(append, schema, List.of(event("A", 1, "a1")));
        rolledBack.rollback();
        assertThat(heads.hashAt("A", 1)).as("an append that did not commit is no head").isNull();

        // the connection answers no SELECT: the previous hash can only come from the head
        DefaultUnitOfWork.startAndGet(null).execute(() -> build(append, schema, List.of(event("A", 1, "a1 again"))));
        assertThat(inserted.get(2).get(10)).isEqualTo(a0);
        assertThat(heads.hashAt("A", 1)).isEqualTo(inserted.get(2).get(11));
        assertThat(heads.hashAt("A", 0)).as("only the last event is kept").isNull();
    }

    private void build(ChainedAppendEvents append, EventSchema schema, List<DomainEventMessage<?>> events) {
        try {
            append.build(connection(), schema, byte[].class, events, JacksonSerializer.defaultSerializer(),
                    (ps, index, timestamp) -> { });
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DomainEventMessage<?> event(String platform, long sequence, String text) {
        return new GenericDomainEventMessage<>("Platform", platform, sequence, text);
    }

    /** A connection whose insert statement records what is bound; no SELECT is needed (every chain starts here). */
    private Connection connection() {
        PreparedStatement insert = (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{PreparedStatement.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setString", "setLong", "setBytes" -> bound.put((Integer) args[0], args[1]);
                        case "setNull" -> bound.put((Integer) args[0], null);
                        case "addBatch" -> {
                            inserted.add(bound);
                            bound = new HashMap<>();
                        }
                        default -> {
                        }
                    }
                    return null;
                });
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") && ((String) args[0]).startsWith("INSERT")) {
                        return insert;
                    }
                    throw new AssertionError("unexpected " + method.getName() + " " + java.util.Arrays.toString(args));
                });
    }
}
