package cn.jsedu.ledger.query.programme;

import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.env.Environment;

import java.time.Clock;
import java.time.ZoneId;

/** The programme parameters (the same defaults file the command side reads) and "today" in China. */
@Configuration(proxyBeanMethods = false)
@PropertySource(value = "classpath:" + ProgrammeParameters.DEFAULTS_RESOURCE, encoding = "UTF-8")
public class ProgrammeConfig {

    @Bean
    public ProgrammeParameters programmeParameters(Environment environment) {
        return ProgrammeParameters.from(environment::getProperty);
    }

    @Bean
    public Clock clock(@Value("${ledger.time-zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
