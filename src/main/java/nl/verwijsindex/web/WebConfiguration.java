package nl.verwijsindex.web;

import java.time.Duration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Chooses the language of a page: the one chosen with {@code ?lang=}, kept in a cookie for a
 * year, otherwise the first supported language in the browser's {@code Accept-Language} header,
 * otherwise Dutch. Requests to the REST API keep Spring's default, see {@link PageLocaleResolver}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final String LANGUAGE_COOKIE = "verwijsindex-language";

    /** Creates the resolver under the bean name {@code localeResolver}, which Spring MVC looks up. */
    @Bean
    LocaleResolver localeResolver() {
        var acceptHeader = new AcceptHeaderLocaleResolver();
        acceptHeader.setSupportedLocales(Languages.SUPPORTED);
        acceptHeader.setDefaultLocale(Languages.DUTCH);

        var cookie = new CookieLocaleResolver(LANGUAGE_COOKIE);
        cookie.setCookieMaxAge(Duration.ofDays(365));
        cookie.setCookieHttpOnly(true);
        cookie.setCookieSameSite("Lax");
        cookie.setDefaultLocaleFunction(acceptHeader::resolveLocale);
        return new PageLocaleResolver(cookie);
    }

    /** Registers the body limit of web pages ahead of every other filter, Spring Security's included. */
    @Bean
    FilterRegistrationBean<FormBodyLimitFilter> formBodyLimitFilter() {
        var registration = new FilterRegistrationBean<>(new FormBodyLimitFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitchInterceptor()).excludePathPatterns("/api/**");
    }
}
