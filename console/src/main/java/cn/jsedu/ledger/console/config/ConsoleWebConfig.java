package cn.jsedu.ledger.console.config;

import cn.jsedu.ledger.console.api.ApiCall;
import cn.jsedu.ledger.console.login.ConsoleCredentials;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The console speaks Chinese by default and English on request ({@code ?lang=en}, remembered in a cookie so the
 * login page knows it too); the API's messages are not localised. A controller that takes an {@link ApiCall} gets
 * the one of its request: the signed-in user's credentials from the session and the relay headers.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleWebConfig implements WebMvcConfigurer {

    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    @Bean
    public MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        // the console's own text, and the names of the ledger's values (shared-kernel, also the dossier's)
        messages.setBasenames("i18n/console", "i18n/console-words", "i18n/ledger-values");
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

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", "/console");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == ApiCall.class;
            }

            @Override
            public ApiCall resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                           NativeWebRequest webRequest, WebDataBinderFactory binders) {
                HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
                ConsoleCredentials user = ConsoleCredentials.of(request.getSession(false));
                if (user == null) {
                    // signed in, yet no credentials to call the APIs with: sign in again
                    throw new InsufficientAuthenticationException("no API credentials in the session");
                }
                return ApiCall.of(request, user);
            }
        });
    }
}
