package cn.jsedu.ledger.command.config;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/** Every unit of work that appends events to the store notifies the query sides once it has committed. */
@Configuration(proxyBeanMethods = false)
public class CommitNotificationConfig {

    @Bean(destroyMethod = "close")
    public EventCommitNotifier eventCommitNotifier(DataSource dataSource, EventStore eventStore) {
        EventCommitNotifier notifier = EventCommitNotifier.notifying(dataSource);
        eventStore.registerDispatchInterceptor(notifier);
        return notifier;
    }
}
