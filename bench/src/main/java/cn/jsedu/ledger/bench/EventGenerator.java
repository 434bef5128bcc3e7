package cn.jsedu.ledger.bench;

import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.event.ExpenditureRecordedEvent;
import cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.PlatformApprovedEvent;
import cn.jsedu.ledger.kernel.event.PlatformDeclaredEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.College;
import cn.jsedu.ledger.kernel.platform.EnterpriseParty;
import cn.jsedu.ledger.support.json.LedgerJson;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes platforms' histories straight into the event store, as the command side would have written them: the
 * product's event records serialized with the product's JSON shape (LedgerJson) and revisions, Axon's timestamp
 * format, the aggregate type, metadata like the API's, consecutive sequence numbers per platform, and tx_id left
 * to its column default. Batched INSERTs in transactions of 20,000 rows, two writers: fast enough for 10^6 events.
 *
 * <p>Two kinds of history. A plain platform of n events: declared, approved, 1,000,000,000.00 of provincial cash,
 * then installments of 100.00 and expenditures of 1.00 alternately, so that the aggregate accepts further money
 * commands on it (S6, S7, S8's programme sizes, S11's backlog). A programme's platform ({@link ProgrammeHistory}):
 * hundreds of events of every type, for the store S5 rebuilds.
 */
final class EventGenerator {

    private static final String INSERT = """
            INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
              time_stamp, payload_type, payload_revision, payload, meta_data) VALUES (?, ?, ?, 'Platform', ?, ?, ?, ?, ?)""";

    private final Serializer serializer = JacksonSerializer.builder().objectMapper(LedgerJson.eventMapper()).build();
    private final byte[] metaData = serializer.serialize(MetaData.from(Map.of("user", "bench", "role",
            "LOCAL_OPERATOR", "clientAddress", "127.0.0.1", "correlationId", UUID.randomUUID().toString())),
            byte[].class).getData();

    /** A platform to write: its first {@code events} events, of a plain history or of a programme's. */
    record Spec(String platformId, int events, int programmeIndex) {

        static final int PLAIN = -1;

        Spec(String platformId, int events) {
            this(platformId, events, PLAIN);
        }

        List<Object> history() {
            if (programmeIndex == PLAIN) {
                return java.util.stream.IntStream.range(0, events).mapToObj(seq -> event(platformId, seq)).toList();
            }
            List<Object> all = ProgrammeHistory.of(platformId, programmeIndex);
            return all.subList(0, Math.min(events, all.size()));
        }
    }

    /**
     * Programme platforms ({@link ProgrammeHistory}) named {@code prefix-00000}, ... until {@code events} events
     * (the last platform's history cut short), in database {@code db}; returns the platforms written.
     */
    int writeProgramme(Pg pg, String db, String prefix, long events) throws Exception {
        List<Spec> specs = new ArrayList<>();
        long remaining = events;
        for (int i = 0; remaining > 0; i++) {
            String id = String.format("%s-%05d", prefix, i);
            int size = (int) Math.min(remaining, ProgrammeHistory.of(id, i).size());
            specs.add(new Spec(id, size, i));
            remaining -= size;
        }
        write(pg, db, specs);
        return specs.size();
    }

    /** Inserts every platform's events into the ledger's database; returns the number of rows written. */
    long write(Pg pg, List<Spec> platforms) throws Exception {
        return write(pg, Pg.LEDGER, platforms);
    }

    /** Inserts every platform's events into database {@code db}; returns the number of rows written. */
    long write(Pg pg, String db, List<Spec> platforms) throws Exception {
        int writers = platforms.size() > 1 ? 2 : 1;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Long>> parts = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                List<Spec> mine = new ArrayList<>();
                for (int i = writer; i < platforms.size(); i += writers) {
                    mine.add(platforms.get(i));
                }
                parts.add(pool.submit(() -> writeAll(pg, db, mine)));
            }
            long rows = 0;
            for (Future<Long> part : parts) {
                rows += part.get();
            }
            return rows;
        } finally {
            pool.shutdown();
        }
    }

    private long writeAll(Pg pg, String db, List<Spec> platforms) throws SQLException {
        long rows = 0;
        try (Connection c = pg.connect(db); PreparedStatement insert = c.prepareStatement(INSERT)) {
            c.setAutoCommit(false);
            for (Spec p : platforms) {
                List<Object> history = p.history();
                for (int seq = 0; seq < history.size(); seq++) {
                    Object event = history.get(seq);
                    SerializedType type = serializer.typeForClass(event.getClass());
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, p.platformId());
                    insert.setLong(3, seq);
                    insert.setString(4, DateTimeUtils.formatInstant(Instant.now()));
                    insert.setString(5, type.getName());
                    insert.setString(6, type.getRevision());
                    insert.setBytes(7, serializer.serialize(event, byte[].class).getData());
                    insert.setBytes(8, metaData);
                    insert.addBatch();
                    if (++rows % 1000 == 0) {
                        insert.executeBatch();
                    }
                    if (rows % 20_000 == 0) {
                        c.commit();
                    }
                }
            }
            insert.executeBatch();
            c.commit();
        }
        return rows;
    }

    static Object event(String platformId, int seq) {
        return switch (seq) {
            case 0 -> new PlatformDeclaredEvent(platformId, ProgrammeId.DEFAULT.value(), new College("G-" + platformId, "学院 " + platformId),
                    "智能制造专业群", "高端装备制造", "产教融合集成平台 " + platformId,
                    List.of(new EnterpriseParty("E1", "甲企业", Workload.E1)), Workload.plan());
            case 1 -> new PlatformApprovedEvent(platformId, 1, Workload.START, Workload.START.plusYears(3),
                    Workload.plan(), "苏教职〔2020〕1号");
            case 2 -> installment(platformId, "SEED", Money.ofYuan(1_000_000_000), "财拨-SEED");
            default -> seq % 2 == 1
                    ? installment(platformId, "G" + seq, Money.ofYuan(100), "财拨-G" + seq)
                    : new ExpenditureRecordedEvent(platformId, "G" + seq, ExpenditureCategory.EQUIPMENT_PURCHASE,
                    FundingSource.PROVINCIAL_FINANCE, null, Money.ofYuan(1), LocalDate.of(2021, 6, 1), "付款-G" + seq);
        };
    }

    private static InstallmentRecordedEvent installment(String platformId, String entryId, Money amount, String voucher) {
        return new InstallmentRecordedEvent(platformId, entryId, FundingSource.PROVINCIAL_FINANCE, null,
                ContributionForm.CASH, amount, LocalDate.of(2021, 1, 1), voucher, null);
    }

    /** B1's row content: an installment padded (voucher reference) to a ~500-byte JSON payload, and real metadata. */
    byte[] b1Payload() {
        String voucher = "财拨〔2021〕12号 " + "x".repeat(240);
        return serializer.serialize(installment("B1-PLATFORM", "B1-ENTRY", Money.ofYuan(100), voucher), byte[].class)
                .getData();
    }

    byte[] metaData() {
        return metaData.clone();
    }

    int payloadBytes(int seq) {
        return serializer.serialize(event("JS-00001", seq), byte[].class).getData().length;
    }
}
