package cn.jsedu.ledger.console;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The browser console (ADR 0018): a web application of its own that reads through the query API and writes through
 * the command API as the signed-in user, and holds no database connection and no read model.
 *
 * <p>service-support's auto-configuration is the services': their stateless API security (the console has its own
 * session chain and no user list), the storage-outage filter, event JSON and upcasting, processor health. It is
 * excluded here by name; the console takes from service-support only the ledger's user and the correlation-id filter.
 * The JDBC, Flyway and Axon auto-configuration is excluded too, for where the console shares a classpath with the
 * services (the system tests); its own jar has none of them.
 */
@SpringBootApplication(excludeName = {
        "cn.jsedu.ledger.support.security.LedgerSecurityAutoConfiguration",
        "cn.jsedu.ledger.support.web.LedgerWebAutoConfiguration",
        "cn.jsedu.ledger.support.apidocs.LedgerApiDocsAutoConfiguration",
        "cn.jsedu.ledger.support.health.LedgerHealthAutoConfiguration",
        "cn.jsedu.ledger.support.json.LedgerJsonAutoConfiguration",
        "cn.jsedu.ledger.support.upcasting.UpcastingAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration"})
@ConfigurationPropertiesScan
public class ConsoleApplication {

    /** Its configuration file is {@code console.yml}, so it can share one classpath with the services in tests. */
    public static final String CONFIG_NAME = "spring.config.name=console";

    public static void main(String[] args) {
        new SpringApplicationBuilder(ConsoleApplication.class).properties(CONFIG_NAME).run(args);
    }
}
