package cn.jsedu.ledger.query;

import cn.jsedu.ledger.query.verification.OfflineVerifier;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The query side: streams the event store into read models and answers queries from them. */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class QuerySideApplication {

    /** Its configuration file is {@code query-side.yml}, so both sides can share one classpath in tests. */
    public static final String CONFIG_NAME = "spring.config.name=query-side";

    static {
        // Nothing in the ledger may call out: Axon's update checker reads this system property (and the
        // AXONIQ_UPDATE_CHECKER_DISABLED environment variable, which the run scripts also set).
        System.setProperty("axoniq.update-checker.disabled", "true");
    }

    public static void main(String[] args) {
        if (OfflineVerifier.requested(args)) System.exit(OfflineVerifier.run(args, System.out)); // no Spring, no DB
        new SpringApplicationBuilder(QuerySideApplication.class).properties(CONFIG_NAME).run(args);
    }
}
