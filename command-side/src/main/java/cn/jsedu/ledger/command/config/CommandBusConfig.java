package cn.jsedu.ledger.command.config;

import cn.jsedu.ledger.command.commit.GroupCommitCommandBus;
import cn.jsedu.ledger.command.commit.GroupCommitSettings;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command bus: Axon's SimpleCommandBus as its Spring Boot auto-configuration builds it (monitor, spans, the
 * correlation data of every command copied to its events), with group commit unless switched off (ADR 0008).
 */
@Configuration(proxyBeanMethods = false)
public class CommandBusConfig {

    @Bean
    @Qualifier("localSegment")
    public SimpleCommandBus commandBus(TransactionManager transactionManager,
                                       org.axonframework.config.Configuration axon,
                                       DuplicateCommandHandlerResolver duplicateCommandHandlerResolver,
                                       GroupCommitSettings settings) {
        SimpleCommandBus.Builder builder = SimpleCommandBus.builder()
                .transactionManager(transactionManager)
                .duplicateCommandHandlerResolver(duplicateCommandHandlerResolver)
                .spanFactory(axon.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(axon.messageMonitor(CommandBus.class, "commandBus"));
        SimpleCommandBus bus = settings.enabled()
                ? new GroupCommitCommandBus(builder, transactionManager, settings)
                : builder.build();
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        return bus;
    }
}
