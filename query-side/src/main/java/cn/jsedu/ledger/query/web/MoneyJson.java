package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.kernel.money.Money;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Money leaves the query API as a decimal string in yuan ({@code "1500000.00"}, API.md), wherever a view carries
 * a {@link Money} (decisions, pledges): never as Jackson's bean view of its getters. The OpenAPI document says so.
 */
@Configuration(proxyBeanMethods = false)
public class MoneyJson {

    static {
        SpringDocUtils.getConfig().replaceWithSchema(Money.class, new StringSchema()
                .pattern("^-?[0-9]+\\.[0-9]{2}$").example("1500000.00").description("Yuan, two fractional digits"));
    }

    @Bean
    public Module moneyAsDecimalString() {
        return new SimpleModule("money-as-decimal-string").addSerializer(Money.class, ToStringSerializer.instance);
    }
}
