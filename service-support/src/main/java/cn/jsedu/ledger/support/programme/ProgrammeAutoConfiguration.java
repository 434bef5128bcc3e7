package cn.jsedu.ledger.support.programme;

import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.env.Environment;

import java.time.Clock;

/**
 * The programme parameters in force and the clock the rules read "today" from, the same on both services: the
 * defaults are shared-kernel's {@code programme-defaults.properties}, and any key can be overridden by
 * configuration (e.g. {@code LEDGER_PROGRAMME_ARRIVAL_TOLERANCE_PERCENT=15}).
 */
@AutoConfiguration
@EnableConfigurationProperties(LedgerTimeSettings.class)
@PropertySource(value = "classpath:" + ProgrammeParameters.DEFAULTS_RESOURCE, encoding = "UTF-8")
public class ProgrammeAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public ProgrammeParameters programmeParameters(Environment environment) {
        return ProgrammeParameters.from(environment::getProperty);
    }

    @Bean
    @ConditionalOnMissingBean
    public Clock clock(LedgerTimeSettings settings) {
        return Clock.system(settings.timeZone());
    }
}
