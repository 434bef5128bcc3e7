package cn.jsedu.ledger.support.apidocs;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** The API-document conventions of both sides; each side contributes its {@code OpenAPI} bean ({@link ApiDocument}). */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
public class LedgerApiDocsAutoConfiguration {

    @Bean
    public ApiDocsConventions apiDocsConventions() {
        return new ApiDocsConventions();
    }
}
