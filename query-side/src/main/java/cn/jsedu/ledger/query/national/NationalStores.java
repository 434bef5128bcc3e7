package cn.jsedu.ledger.query.national;

import cn.jsedu.ledger.query.eventstream.XidOrderedEventSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pools and never-skip sources of the configured provincial stores. Deliberately neither a DataSource nor a
 * StreamableMessageSource bean: either would make Spring Boot's own datasource or the provincial processors' source
 * ambiguous.
 */
final class NationalStores implements AutoCloseable {

    /** Shown in each store's pg_stat_activity. */
    static final String APPLICATION_NAME = "ledger-national-view";

    private final Map<String, StreamableMessageSource<TrackedEventMessage<?>>> sources = new LinkedHashMap<>();
    private final List<AutoCloseable> resources = new ArrayList<>();

    NationalStores(NationalSettings settings, Serializer eventSerializer, EventUpcaster upcasters, int fetchSize,
                   Duration pollInterval) {
        settings.stores().forEach((province, store) -> {
            HikariConfig config = new HikariConfig();
            config.setPoolName("national-" + province);
            config.setJdbcUrl(store.url());
            config.setUsername(store.username());
            config.setPassword(store.password());
            config.setMaximumPoolSize(store.maximumPoolSize());
            config.setConnectionTimeout(settings.connectionTimeout().toMillis());
            config.setReadOnly(true);
            // a store that is down at start must not keep the national side from starting: its stream waits for it
            config.setInitializationFailTimeout(-1);
            config.addDataSourceProperty("ApplicationName", APPLICATION_NAME);
            HikariDataSource pool = new HikariDataSource(config);
            XidOrderedEventSource source = new XidOrderedEventSource(pool, eventSerializer, upcasters, fetchSize,
                    pollInterval);
            resources.add(pool);
            resources.add(source);
            sources.put(province, source);
        });
    }

    Map<String, StreamableMessageSource<TrackedEventMessage<?>>> sources() {
        return sources;
    }

    @Override
    public void close() throws Exception {
        // sources before their pools
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).close();
        }
    }
}
