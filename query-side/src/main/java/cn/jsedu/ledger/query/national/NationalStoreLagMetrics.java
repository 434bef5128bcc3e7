package cn.jsedu.ledger.query.national;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Per provincial store, {@code ledger_national_store_lag_seconds{province=...}}: how far behind that store the national
 * view may be ({@link NationalEventSource#lag}: the time since a read of the store last found nothing more). The
 * generic {@code ledger_projection_lag_seconds} compares a processor with this side's own event store, which the
 * national processor does not read; this gauge compares it with each store it does read. A store that is down, or
 * whose backlog is being read, shows a growing figure; one that is quiet and read to its end shows about one poll
 * interval. Registered with the national view only ({@link NationalViewConfig}).
 */
final class NationalStoreLagMetrics {

    static final String NAME = "ledger.national.store.lag";

    private NationalStoreLagMetrics() {
    }

    static void register(MeterRegistry registry, NationalEventSource national) {
        for (String province : national.provinces()) {
            Gauge.builder(NAME, national, n -> n.lag(province).toNanos() / 1e9).baseUnit("seconds")
                    .description("time since a read of the province's store last found nothing more to project")
                    .tag("province", province).register(registry);
        }
    }
}
