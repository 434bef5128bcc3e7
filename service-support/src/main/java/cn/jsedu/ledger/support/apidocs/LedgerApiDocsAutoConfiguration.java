package cn.jsedu.ledger.support.apidocs;

import io.swagger.v3.core.jackson.ModelResolver;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
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
     * same class (the way its maintainers give for custom schema names), with the same mapper and OpenAPI version.
     */
    @Bean
    public ModelResolver nestedTypeNamesModelResolver(ObjectMapperProvider mappers, SpringDocConfigProperties springDoc) {
        ModelResolver resolver = new ModelResolver(mappers.jsonMapper(), new NestedTypeNames());
        resolver.setOpenapi31(springDoc.isOpenapi31());
        return resolver;
    }
}
