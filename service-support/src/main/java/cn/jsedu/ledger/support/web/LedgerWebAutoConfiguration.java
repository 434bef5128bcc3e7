package cn.jsedu.ledger.support.web;

import cn.jsedu.ledger.support.problem.RequestProblemsAdvice;
import cn.jsedu.ledger.support.problem.StorageOutage;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What both sides put in front of and around every request: the correlation id and client address first (with the
 * console's {@link RelayChannel}, key {@code ledger.relay-key}), then the storage-outage filter (just outside Spring
 * Security); the check of every body, path id and query parameter for text the ledger does not take in
 * ({@link InputText}); and problem details for whatever is refused before a controller runs, by Tomcat itself
 * ({@link ProblemReportValve}) or on the container's error dispatch ({@link ProblemErrorController}). A side words
 * its outage answer with a {@link StorageOutage} bean.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(RelaySettings.class)
public class LedgerWebAutoConfiguration {

    @Bean
    public RelayChannel relayChannel(RelaySettings settings) {
        return new RelayChannel(settings.relayKey());
    }

    @Bean
    public CorrelationIdFilter correlationIdFilter(RelayChannel relay) {
        return new CorrelationIdFilter(relay);
    }

    @Bean
    @ConditionalOnMissingBean
    public StorageOutage storageOutage() {
        return StorageOutage.GENERIC;
    }

    @Bean
    public StorageOutageFilter storageOutageFilter(ObjectMapper json, StorageOutage outage) {
        return new StorageOutageFilter(json, outage);
    }

    @Bean
    public RangeHeadersIgnored rangeHeadersIgnored() {
        return new RangeHeadersIgnored();
    }

    @Bean
    public ContentTypeChecked contentTypeChecked(ObjectMapper json) {
        return new ContentTypeChecked(json);
    }

    @Bean
    public RequestBodyText requestBodyText(ObjectMapper json) {
        return new RequestBodyText(json);
    }

    /** The API's path ids and query parameters; the console's pages decide their own forms. */
    @Bean
    public WebMvcConfigurer requestParameterText() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new RequestParameterText()).addPathPatterns("/api/**");
            }
        };
    }

    @Bean
    public RequestProblemsAdvice requestProblemsAdvice() {
        return new RequestProblemsAdvice();
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    public ProblemErrorController problemErrorController(ObjectMapper json) {
        return new ProblemErrorController(json);
    }

    @Bean
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    public TomcatProblems tomcatProblems() {
        return new TomcatProblems();
    }
}
