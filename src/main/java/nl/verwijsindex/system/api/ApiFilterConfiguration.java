package nl.verwijsindex.system.api;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the API's servlet filters ahead of Spring Security (order {@value
 * SecurityFilterProperties#DEFAULT_FILTER_ORDER}), so that they also act on responses that
 * Spring Security ends, such as a {@code 401}.
 */
@Configuration(proxyBeanMethods = false)
class ApiFilterConfiguration {

    private static final int API_VERSION_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 30;
    private static final int DOCUMENT_CORS_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20;
    private static final int ERROR_DISPATCH_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10;
    private static final int MALFORMED_QUERY_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 25;
    private static final int BODY_LIMIT_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 5;

    @Bean
    FilterRegistrationBean<ApiVersionFilter> apiVersionFilter() {
        var registration = new FilterRegistrationBean<>(new ApiVersionFilter());
        registration.setOrder(API_VERSION_ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    FilterRegistrationBean<OpenApiDocumentCorsFilter> openApiDocumentCorsFilter() {
        var registration = new FilterRegistrationBean<>(new OpenApiDocumentCorsFilter());
        registration.setOrder(DOCUMENT_CORS_ORDER);
        registration.addUrlPatterns(RestApi.DOCUMENT_PATH);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiErrorDispatchFilter> apiErrorDispatchFilter(ProblemResponseWriter writer) {
        var registration = new FilterRegistrationBean<>(new ApiErrorDispatchFilter(writer));
        registration.setOrder(ERROR_DISPATCH_ORDER);
        registration.setDispatcherTypes(DispatcherType.ERROR);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(ProblemResponseWriter writer) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(writer));
        registration.setOrder(BODY_LIMIT_ORDER);
        registration.addUrlPatterns(RestApi.BASE_PATH + "/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<MalformedQueryFilter> malformedQueryFilter(ProblemResponseWriter writer) {
        var registration = new FilterRegistrationBean<>(new MalformedQueryFilter(writer));
        registration.setOrder(MALFORMED_QUERY_ORDER);
        registration.addUrlPatterns(RestApi.BASE_PATH + "/*");
        return registration;
    }
}
