package cn.jsedu.ledger.query.ledger;

import cn.jsedu.ledger.kernel.event.MoneyEntryEvent;
import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.query.readmodel.PlatformTotal;
import cn.jsedu.ledger.query.readmodel.ReadModelWriter;
import cn.jsedu.ledger.query.readmodel.ReadModels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import static cn.jsedu.ledger.query.readmodel.Sql.money;
import static cn.jsedu.ledger.query.readmodel.Sql.name;
import static cn.jsedu.ledger.query.readmodel.Sql.time;

/**
 * Stores every money event as a {@link LedgerLine} and keeps the platform's running totals for programme-wide
 * views. The event id is the row's primary key, so an event applied twice would fail loudly, not count twice.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class LedgerEntryProjection {

    private static final String INSERT_LINE = """
            INSERT INTO read_model.ledger_entry (event_id, platform_id, sequence_number, entry_id, kind,
              original_entry_id, source, party_id, form, category, amount, received_cash, received_non_cash, spent,
              recovered, effective_date, recorded_at, voucher_ref, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private final ReadModelWriter writer;

    public LedgerEntryProjection(ReadModelWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(MoneyEntryEvent event, EventMessage<?> message, @SequenceNumber Long sequenceNumber) {
        store(event, message, sequenceNumber);
    }

    @EventHandler
    void on(AdjustmentRecordedEvent event, EventMessage<?> message, @SequenceNumber Long sequenceNumber) {
        store(event, message, sequenceNumber);
    }

    private void store(Object event, EventMessage<?> message, Long sequenceNumber) {
        LedgerLines.of(event, message.getIdentifier(), sequenceNumber, message.getTimestamp()).ifPresent(this::store);
    }

    private void store(LedgerLine l) {
        writer.update(INSERT_LINE, l.eventId(), l.platformId(), l.sequenceNumber(), l.entryId(), name(l.kind()),
                l.originalEntryId(), name(l.source()), l.partyId(), name(l.form()), name(l.category()), money(l.amount()),
                money(l.receivedCash()), money(l.receivedNonCash()), money(l.spent()), money(l.recovered()),
                l.effectiveDate(), time(l.recordedAt()), l.voucherRef(), l.reason());
        String p = l.platformId();
        writer.add(p, PlatformTotal.RECEIVED_CASH, l.receivedCash());
        writer.add(p, PlatformTotal.RECEIVED_NON_CASH, l.receivedNonCash());
        writer.add(p, PlatformTotal.SPENT, l.spent());
        writer.add(p, PlatformTotal.RECOVERED, l.recovered());
        if (l.source() == FundingSource.ENTERPRISE) {
            writer.add(p, PlatformTotal.ENTERPRISE_RECEIVED, l.received());
            writer.add(p, PlatformTotal.ENTERPRISE_RECOVERED, l.recovered());
        } else if (l.source() == FundingSource.PROVINCIAL_FINANCE) {
            writer.add(p, PlatformTotal.PROVINCIAL_RECEIVED_CASH, l.receivedCash());
            writer.add(p, PlatformTotal.PROVINCIAL_RECEIVED_NON_CASH, l.receivedNonCash());
            writer.add(p, PlatformTotal.PROVINCIAL_SPENT, l.spent());
            writer.add(p, PlatformTotal.PROVINCIAL_RECOVERED, l.recovered());
        }
    }
}
