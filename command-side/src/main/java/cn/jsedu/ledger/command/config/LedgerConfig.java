package cn.jsedu.ledger.command.config;

import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.env.Environment;

import java.time.Clock;
import java.time.ZoneId;

/** The programme parameters in force and the clock the rules read "today" from. */
@Configuration(proxyBeanMethods = false)
@PropertySource(value = "classpath:" + ProgrammeParameters.DEFAULTS_RESOURCE, encoding = "UTF-8")
public class LedgerConfig {

    /** Defaults from shared-kernel's programme-defaults.properties; any key can be overridden by configuration. */
    @Bean
    public ProgrammeParameters programmeParameters(Environment environment) {
        return ProgrammeParameters.from(environment::getProperty);
    }

    /** Effective dates are dates in China: "today" is today in the configured zone. */
    @Bean
    public Clock clock(@Value("${ledger.time-zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
