package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.support.problem.StorageOutage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The query side's answer when its database cannot be reached: a query changes nothing, so retrying is all. */
@Configuration(proxyBeanMethods = false)
public class QueryStorageOutage {

    public static final StorageOutage OUTAGE = new StorageOutage("the read model is unavailable");

    @Bean
    public StorageOutage storageOutage() {
        return OUTAGE;
    }
}
