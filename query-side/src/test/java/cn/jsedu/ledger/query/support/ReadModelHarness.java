package cn.jsedu.ledger.query.support;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.axonframework.common.DateTimeUtils.formatInstant;

/**
 * The read models of one test class, on a {@link FreshDatabase} of its own: events go through the real handler
 * beans of the read-models processing group ({@link ReadModelBeans}) the way the query side's processor sends them,
 * in a batching unit of work whose Spring transaction commits after the writer's prepare-commit flush. Every table is
 * emptied before each test. Register it as a static field: {@code @RegisterExtension static final ReadModelHarness}.
 */
public final class ReadModelHarness implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private FreshDatabase database;
    private AnnotationConfigApplicationContext context;
    private SimpleEventHandlerInvoker handlers;
    private TransactionManager transactions;
    private TransactionTemplate transaction;
    private JdbcTemplate jdbc;

    @Override
    public void beforeAll(ExtensionContext extension) {
        database = FreshDatabase.createFor(extension.getRequiredTestClass().getSimpleName());
        context = new AnnotationConfigApplicationContext();
        context.registerBean(DataSource.class, database::dataSource);
        context.register(ReadModelBeans.class);
        context.refresh();
        List<Object> projections = new ArrayList<>(context.getBeansWithAnnotation(ProcessingGroup.class).values());
        // the same invoker and error handling as the query side's processors (ProcessingConfig): a failure fails the batch
        handlers = SimpleEventHandlerInvoker.builder().eventHandlers(projections)
                .listenerInvocationErrorHandler(PropagatingErrorHandler.instance()).build();
        PlatformTransactionManager spring = context.getBean(PlatformTransactionManager.class);
        transactions = new SpringTransactionManager(spring);
        transaction = new TransactionTemplate(spring);
        jdbc = context.getBean(JdbcTemplate.class);
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        // every table but Axon's tokens and the append-only checkpoints, found in the schema (not from a list in main)
        List<String> tables = jdbc.queryForList("""
                SELECT 'read_model.' || table_name FROM information_schema.tables
                WHERE table_schema = 'read_model' AND table_type = 'BASE TABLE'
                  AND table_name NOT IN ('token_entry', 'ledger_checkpoint', 'flyway_schema_history')""", String.class);
        jdbc.execute("TRUNCATE event_store.domain_event_entry, " + String.join(", ", tables));
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        context.close();
        database.close();
    }

    /** All events as one processor batch: one unit of work, one transaction, the writes flushed at prepare-commit. */
    public void project(List<? extends EventMessage<?>> events) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(events));
        unitOfWork.attachTransaction(transactions);
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            handlers.handle(unitOfWork.getMessage(), Segment.ROOT_SEGMENT);
            return null;
        });
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            throw failure instanceof RuntimeException e ? e : new IllegalStateException(failure);
        }
    }

    public void project(EventMessage<?>... events) {
        project(Arrays.asList(events));
    }

    /** Each event in a batch (and a transaction) of its own, as a processor with batch size 1 would. */
    public void projectOneByOne(List<? extends EventMessage<?>> events) {
        events.forEach(event -> project(List.of(event)));
    }

    /** What a rebuild does before its replay: the processing group's reset handlers, in a transaction. */
    public void reset() {
        transaction.executeWithoutResult(status -> handlers.performReset());
    }

    /** Appends the events to this database's event store as the command side stores them (no hash chain). */
    public void store(List<? extends DomainEventMessage<?>> events) {
        for (DomainEventMessage<?> event : events) {
            SerializedObject<byte[]> payload = ReadModelBeans.EVENT_SERIALIZER.serialize(event.getPayload(), byte[].class);
            SerializedObject<byte[]> metaData = ReadModelBeans.EVENT_SERIALIZER.serialize(event.getMetaData(), byte[].class);
            jdbc.update("""
                    INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                      type, time_stamp, payload_type, payload_revision, payload, meta_data)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", event.getIdentifier(), event.getAggregateIdentifier(),
                    event.getSequenceNumber(), event.getType(), formatInstant(event.getTimestamp()),
                    payload.getType().getName(), payload.getType().getRevision(), payload.getData(), metaData.getData());
        }
    }

    /**
     * The rows a query selects, each as a tuple of its columns: DATE as {@link java.time.LocalDate}, TIMESTAMPTZ as
     * {@link java.time.Instant}, NUMERIC as {@link java.math.BigDecimal} with its scale (money compares exactly).
     */
    public List<Tuple> rows(String sql, Object... args) {
        return jdbc.query(sql, (rs, i) -> {
            Object[] values = new Object[rs.getMetaData().getColumnCount()];
            for (int c = 0; c < values.length; c++) {
                Object value = rs.getObject(c + 1);
                values[c] = value instanceof java.sql.Date d ? d.toLocalDate()
                        : value instanceof java.sql.Timestamp t ? t.toInstant() : value;
            }
            return new Tuple(values);
        }, args);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }
}
