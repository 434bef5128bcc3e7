package cn.jsedu.ledger.query.audit;

import cn.jsedu.ledger.query.balance.BalancesView;
import cn.jsedu.ledger.query.balance.FiguresView;
import cn.jsedu.ledger.query.eventstream.EventStoreReader;
import cn.jsedu.ledger.query.ledger.Balances;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Rebuilds a platform by replaying its events from the event store, ignoring snapshots and read models. */
@Service
public class StateReplay {

    private final EventStoreReader reader;

    public StateReplay(EventStoreReader reader) {
        this.reader = reader;
    }

    /** Replays events with sequence number ≤ {@code atVersion} and recorded ≤ {@code knownAt} (nulls: all). */
    public Optional<PlatformStateView> replay(String platformId, Long atVersion, Instant knownAt) {
        List<DomainEventMessage<?>> events = reader.readPlatform(platformId);
        if (events.isEmpty()) {
            return Optional.empty();
        }
        ReplayedPlatform platform = new ReplayedPlatform();
        int replayed = 0;
        for (DomainEventMessage<?> event : events) {
            if ((atVersion != null && event.getSequenceNumber() > atVersion)
                    || (knownAt != null && event.getTimestamp().isAfter(knownAt))) {
                break;
            }
            platform.apply(event);
            replayed++;
        }
        if (replayed == 0) {
            return Optional.empty();
        }
        Balances balances = Balances.of(platform.lines, platform.plan, platform.provincialAdjustment, null, null);
        return Optional.of(PlatformStateView.of(platform, new PlatformStateView.Replay(atVersion, knownAt, replayed),
                platform.plan.stream().map(l -> new PlatformStateView.PlanLineView(l.source(), l.partyId(), l.year(),
                        l.amount().toString())).toList(),
                platform.lines.stream().map(l -> new PlatformStateView.EntryView(l.sequenceNumber(), l.eventId(),
                        l.entryId(), l.kind(), l.originalEntryId(), l.source(), l.partyId(), l.form(),
                        l.amount().toString(), l.effectiveDate(), l.recordedAt())).toList(),
                new PlatformStateView.Totals(balances.bySource().entrySet().stream().map(e -> new BalancesView.SourceBalance(
                        e.getKey(), e.getKey().chineseName(), FiguresView.of(e.getValue()))).toList(),
                        FiguresView.of(balances.total()))));
    }

    /**
     * The platform folded from its events with sequence number ≤ {@code upTo}, empty if there is none. Reads on the
     * caller's transaction, so a caller comparing the fold with read-model rows sees both in one snapshot.
     */
    public Optional<ReplayedPlatform> fold(String platformId, long upTo) {
        ReplayedPlatform platform = new ReplayedPlatform();
        for (DomainEventMessage<?> event : reader.readPlatform(platformId)) {
            if (event.getSequenceNumber() > upTo) {
                break;
            }
            platform.apply(event);
        }
        return platform.version < 0 ? Optional.empty() : Optional.of(platform);
    }
}
