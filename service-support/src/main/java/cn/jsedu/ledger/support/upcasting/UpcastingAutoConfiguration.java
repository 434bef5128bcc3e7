package cn.jsedu.ledger.support.upcasting;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The ledger's event upcasters, for both services: Axon's Spring support adds every {@code EventUpcaster} bean to
 * the upcaster chain, which the command side's event store and the query side's event streams both read through.
 */
@AutoConfiguration
public class UpcastingAutoConfiguration {

    @Bean
    public ChangeProposedEventUpcaster changeProposedEventUpcaster() {
        return new ChangeProposedEventUpcaster();
    }

    @Bean
    public PlatformDeclaredEventUpcaster platformDeclaredEventUpcaster() {
        return new PlatformDeclaredEventUpcaster();
    }

    @Bean
    public MoneyEntryDocumentsUpcaster moneyEntryDocumentsUpcaster() {
        return new MoneyEntryDocumentsUpcaster();
    }

    @Bean
    public ProgrammeBudgetToleranceUpcaster programmeBudgetToleranceUpcaster() {
        return new ProgrammeBudgetToleranceUpcaster();
    }
}
