package cn.jsedu.ledger.query.verification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code ledger.checkpoints.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CheckpointSettings.class)
public class VerificationConfig {
}
