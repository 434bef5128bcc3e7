package cn.jsedu.ledger.query.security;

import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.support.security.AccessPolicy;
import cn.jsedu.ledger.support.security.PlatformOwnership;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the query side adds to the shared API security (service-support's {@code LedgerSecurityAutoConfiguration}):
 * its access policy table, and which college and programme own a platform, from the platform read model.
 */
@Configuration(proxyBeanMethods = false)
public class QuerySecurity {

    @Bean
    public AccessPolicy queryAccessPolicy() {
        return QueryAccessPolicy.POLICY;
    }

    @Bean
    public PlatformOwnership platformOwnership(PlatformQueries platforms) {
        return platformId -> platforms.find(platformId)
                .map(row -> new PlatformOwnership.Owner(row.collegeCode(), row.programmeId()));
    }
}
