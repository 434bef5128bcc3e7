package cn.jsedu.ledger.system.observability;

import cn.jsedu.ledger.system.LedgerSystem;
import cn.jsedu.ledger.testsupport.Api;
import org.springframework.context.ConfigurableApplicationContext;

/** What the observability tests need of the running ledger beyond LedgerSystem's clients. */
final class Services {

    private Services() {
    }

    /** The query side without credentials, as a probe, a scraper or an unknown caller reaches it. */
    static Api anonymousQueries(LedgerSystem ledger) {
        return new Api(port(ledger.querySide));
    }

    /** A service as Prometheus scrapes it: the scrape account (METRICS_READER), nothing else. */
    static Api scraper(ConfigurableApplicationContext context) {
        return new Api(port(context)).as("prometheus", LedgerSystem.SCRAPE_PASSWORD);
    }

    static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
