package cn.jsedu.ledger.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The command side: accepts commands, enforces the rules, appends events to PostgreSQL. Spring Boot's default
 * user (a generated password) is switched off: users come from the {@code local} profile or from JWTs.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class CommandSideApplication {

    /** Its configuration file is {@code command-side.yml}, so both sides can share one classpath in tests. */
    public static final String CONFIG_NAME = "spring.config.name=command-side";

    static {
        // Nothing in the ledger may call out: Axon's update checker reads this system property (and the
        // AXONIQ_UPDATE_CHECKER_DISABLED environment variable, which the run scripts also set).
        System.setProperty("axoniq.update-checker.disabled", "true");
    }

    public static void main(String[] args) {
        new SpringApplicationBuilder(CommandSideApplication.class).properties(CONFIG_NAME).run(args);
    }
}
