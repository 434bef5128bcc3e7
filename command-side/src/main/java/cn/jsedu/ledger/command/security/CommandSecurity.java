package cn.jsedu.ledger.command.security;

import cn.jsedu.ledger.command.registry.CollegeRegistry;
import cn.jsedu.ledger.support.security.AccessPolicy;
import cn.jsedu.ledger.support.security.PlatformOwnership;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the command side adds to the shared API security (service-support's {@code LedgerSecurityAutoConfiguration}):
 * its access policy table, and which college and programme own a platform, from the college registry that declarations reserve
 * in their own transaction (ADR 0004).
 */
@Configuration(proxyBeanMethods = false)
public class CommandSecurity {

    @Bean
    public AccessPolicy commandAccessPolicy() {
        return CommandAccessPolicy.POLICY;
    }

    @Bean
    public PlatformOwnership platformOwnership(CollegeRegistry colleges) {
        return colleges::ownerOf;
    }
}
