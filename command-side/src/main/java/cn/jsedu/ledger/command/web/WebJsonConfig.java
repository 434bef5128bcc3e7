package cn.jsedu.ledger.command.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request bodies are parsed strictly: unknown or duplicate fields, numbers where text is expected (money is a
 * decimal string), numbers for enums or dates, trailing tokens, deep nesting and oversized values are all
 * refused as 400s instead of being guessed at. A date is a calendar date and nothing else: Jackson's default takes
 * "2020-04-01T00:00:00Z" too, as the UTC date of that instant.
 */
@Configuration(proxyBeanMethods = false)
public class WebJsonConfig {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictRequestParsing() {
        return builder -> builder
                .factory(JsonFactory.builder()
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxNestingDepth(32).maxStringLength(100_000).maxNumberLength(40).build())
                        .build())
                .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .deserializerByType(LocalDate.class, new CalendarDateOnly())
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                        MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .postConfigurer(mapper -> {
                    for (LogicalType type : new LogicalType[]{LogicalType.Textual, LogicalType.DateTime}) {
                        mapper.coercionConfigFor(type)
                                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                    }
                });
    }

    /**
     * A {@code LocalDate} from exactly an ISO calendar date ({@code 2020-04-01}; extended years like
     * {@code -999999999-01-01} parse, for the date window to refuse with its own code); a time part is refused.
     */
    static final class CalendarDateOnly extends LocalDateDeserializer {
        CalendarDateOnly() {
            super(DateTimeFormatter.ISO_LOCAL_DATE);
        }

        /** Jackson's contextual copy would be a plain {@code LocalDateDeserializer}, lenient again: keep this one. */
        @Override
        public JsonDeserializer<LocalDate> createContextual(DeserializationContext context, BeanProperty property) {
            return this;
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getText();
                try {
                    return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                } catch (DateTimeParseException e) {
                    return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text,
                            "a date is yyyy-MM-dd, without a time");
                }
            }
            return super.deserialize(parser, context);
        }
    }
}
