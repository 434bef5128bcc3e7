package cn.jsedu.ledger.support.web;

import cn.jsedu.ledger.support.problem.StorageOutage;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * The servlet filters both sides put in front of everything: the correlation id first, then the storage-outage
 * filter (just outside Spring Security). A side words its outage answer with a {@link StorageOutage} bean.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class LedgerWebAutoConfiguration {

    @Bean
    public CorrelationIdFilter correlationIdFilter() {
        return new CorrelationIdFilter();
    }

    @Bean
    @ConditionalOnMissingBean
    public StorageOutage storageOutage() {
        return StorageOutage.GENERIC;
    }

    @Bean
    public StorageOutageFilter storageOutageFilter(ObjectMapper json, StorageOutage outage) {
        return new StorageOutageFilter(json, outage);
    }
}
