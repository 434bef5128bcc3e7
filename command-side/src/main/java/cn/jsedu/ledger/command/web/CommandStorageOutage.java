package cn.jsedu.ledger.command.web;

import cn.jsedu.ledger.support.problem.StorageOutage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command side's answer when its database cannot be reached, before or during a command: the outcome is
 * unknown, so the client is told how to find out safely.
 */
@Configuration(proxyBeanMethods = false)
public class CommandStorageOutage {

    public static final StorageOutage OUTAGE = new StorageOutage("the ledger could not reach its database; the command "
            + "may or may not have been recorded: retry with the same Idempotency-Key");

    @Bean
    public StorageOutage storageOutage() {
        return OUTAGE;
    }
}
