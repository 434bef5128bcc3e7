package cn.jsedu.ledger.support.apidocs;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json31;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springframework.beans.factory.ObjectProvider;
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

    /**
     * Swagger's model resolver with {@link NestedTypeNames}: springdoc replaces its default resolver with a bean of the
     * same class (the way its maintainers give for custom schema names), with springdoc's own mapper and OpenAPI
     * version. Without springdoc's configuration (a test context of this module) Swagger's 3.1 mapper stands in.
     */
    @Bean
    public ModelResolver nestedTypeNamesModelResolver(ObjectProvider<ObjectMapperProvider> mappers,
                                                      ObjectProvider<SpringDocConfigProperties> springDoc) {
        ObjectMapperProvider provider = mappers.getIfAvailable();
        ModelResolver resolver = new ModelResolver(provider == null ? Json31.mapper() : provider.jsonMapper(),
                new NestedTypeNames());
        SpringDocConfigProperties properties = springDoc.getIfAvailable();
        resolver.setOpenapi31(properties == null || properties.isOpenapi31());
        return resolver;
    }
}
