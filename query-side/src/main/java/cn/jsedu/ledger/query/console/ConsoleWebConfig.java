package cn.jsedu.ledger.query.console;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.Locale;

/**
 * The console speaks Chinese by default and English on request ({@code ?lang=en}, remembered in a cookie so the
 * login page knows it too). The API's messages are not localised; only the console uses these beans.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleWebConfig implements WebMvcConfigurer {

    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    @Bean
    public MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/console");
        messages.setDefaultEncoding("UTF-8");
        // console.properties is the Chinese text: never fall back to the JVM's locale (an English server would
        // otherwise show English to everyone).
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Bean
    public LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("ledger-console-lang");
        resolver.setDefaultLocale(DEFAULT_LOCALE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName("lang");
        lang.setIgnoreInvalidLocale(true);
        registry.addInterceptor(lang).addPathPatterns("/console/**", "/console", "/login");
    }
}
