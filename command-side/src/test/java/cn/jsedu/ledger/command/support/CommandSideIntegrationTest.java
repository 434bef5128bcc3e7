package cn.jsedu.ledger.command.support;

import cn.jsedu.ledger.testsupport.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The command side as it runs by default: its own embedded PostgreSQL (in a fresh folder under target/, on a
 * random port) and a real HTTP server, with the {@link TestUsers}, the scrape account and a relay key. All classes with this annotation share one
 * application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=command-side",
        "ledger.embedded-db.port=0",
        "ledger.embedded-db.data-dir=target/it-postgres/${random.uuid}",
        // the scrape account (METRICS_READER) and the console's relay key, as production configures them
        "ledger.metrics.password=" + CommandSideIntegrationTest.SCRAPE_PASSWORD,
        "ledger.relay-key=" + CommandSideIntegrationTest.RELAY_KEY,
        // @SpringBootTest leaves metrics export off; the scrape endpoint is part of the API's security
        "management.prometheus.metrics.export.enabled=true"})
@Import(TestUsers.class)
public @interface CommandSideIntegrationTest {

    /** The password of the scrape account {@code prometheus}. */
    String SCRAPE_PASSWORD = "scrape-test";
    /** The key the console proves itself with on the relay channel. */
    String RELAY_KEY = "relay-test-key-5f0c2a";
}
