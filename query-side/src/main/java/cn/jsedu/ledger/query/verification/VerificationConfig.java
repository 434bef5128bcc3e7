package cn.jsedu.ledger.query.verification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code ledger.checkpoints.*} and {@code ledger.event-signing.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CheckpointSettings.class, EventSigningKeys.Settings.class})
public class VerificationConfig {
}
