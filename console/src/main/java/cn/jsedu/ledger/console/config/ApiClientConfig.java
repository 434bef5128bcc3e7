package cn.jsedu.ledger.console.config;

import cn.jsedu.ledger.console.api.CommandApi;
import cn.jsedu.ledger.console.api.QueryApi;
import cn.jsedu.ledger.console.api.Reads;
import cn.jsedu.ledger.console.api.ServiceApi;
import cn.jsedu.ledger.support.web.CorrelationIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The console's two clients, one per API ({@link ConsoleProperties}), over one HTTP client that keeps its
 * connections open between calls; the threads a page's reads run on; and the correlation id of every console
 * request (service-support's filter, which the console relays to the APIs).
 */
@Configuration(proxyBeanMethods = false)
public class ApiClientConfig {

    private static final Logger log = LoggerFactory.getLogger(ApiClientConfig.class);

    @Bean
    public CorrelationIdFilter correlationIdFilter() {
        return new CorrelationIdFilter();
    }

    @Bean
    public JdkClientHttpRequestFactory apiRequestFactory(ConsoleProperties properties) {
        // HTTP/1.1: the services speak nothing else, and the JDK client would otherwise offer an upgrade on every call
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout()).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(properties.readTimeout());
        return factory;
    }

    @Bean
    public QueryApi queryApi(RestClient.Builder builder, JdkClientHttpRequestFactory factory, ConsoleProperties properties) {
        warnIfNotRelaying(properties);
        return new QueryApi(service("query API", builder, factory, properties.queryApiUrl(), properties));
    }

    @Bean
    public CommandApi commandApi(RestClient.Builder builder, JdkClientHttpRequestFactory factory,
                                 ConsoleProperties properties) {
        return new CommandApi(service("command API", builder, factory, properties.commandApiUrl(), properties));
    }

    @Bean(destroyMethod = "shutdownNow")
    public ExecutorService apiThreads(ConsoleProperties properties) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "console-api-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return Executors.newFixedThreadPool(properties.apiThreads(), threads);
    }

    @Bean
    public Reads reads(ExecutorService apiThreads) {
        return new Reads(apiThreads);
    }

    private static ServiceApi service(String name, RestClient.Builder builder, JdkClientHttpRequestFactory factory,
                                      URI base, ConsoleProperties properties) {
        RestClient client = builder.clone().baseUrl(base.toString()).requestFactory(factory).build();
        return new ServiceApi(name, client, base, properties.relayKey());
    }

    private static void warnIfNotRelaying(ConsoleProperties properties) {
        if (!properties.relays()) {
            log.warn("ledger.console.relay-key (LEDGER_RELAY_KEY) is not set: the services will not trust the browser "
                    + "address and correlation id the console relays to them");
        }
    }
}
