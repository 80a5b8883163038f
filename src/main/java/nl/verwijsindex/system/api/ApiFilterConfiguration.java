package nl.verwijsindex.system.api;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
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

    static final int MAXIMUM_CONCURRENT_REQUESTS = 1000;
    static final Duration MAXIMUM_QUEUE_TIMEOUT = Duration.ofMinutes(5);

    private static final int CONCURRENCY_LIMIT_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 40;
    private static final int API_VERSION_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 30;
    private static final int DOCUMENT_CORS_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20;
    private static final int ERROR_DISPATCH_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10;
    private static final int MALFORMED_QUERY_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 25;
    private static final int BODY_LIMIT_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 5;

    /**
     * Limits the API requests that run at once to {@code VERWIJSINDEX_API_MAX_CONCURRENT_REQUESTS}.
     * It comes first, so that a waiting request holds nothing but its thread.
     *
     * @throws IllegalArgumentException when a setting is out of its range
     */
    @Bean
    FilterRegistrationBean<ApiConcurrencyLimitFilter> apiConcurrencyLimitFilter(
            @Value("${verwijsindex.api.max-concurrent-requests}") int maximum,
            @Value("${verwijsindex.api.queue-timeout}") Duration queueTimeout,
            ProblemResponseWriter writer,
            MeterRegistry registry) {
        if (maximum < 1 || maximum > MAXIMUM_CONCURRENT_REQUESTS) {
            throw new IllegalArgumentException("Invalid VERWIJSINDEX_API_MAX_CONCURRENT_REQUESTS " + maximum
                    + ": set it to a whole number from 1 to " + MAXIMUM_CONCURRENT_REQUESTS
                    + ", below the database connection pool's 20, such as 12");
        }
        if (queueTimeout.isNegative() || queueTimeout.compareTo(MAXIMUM_QUEUE_TIMEOUT) > 0) {
            throw new IllegalArgumentException("Invalid VERWIJSINDEX_API_QUEUE_TIMEOUT " + queueTimeout
                    + ": set it to a duration from 0s to 5m, such as 10s");
        }
        var registration =
                new FilterRegistrationBean<>(new ApiConcurrencyLimitFilter(maximum, queueTimeout, writer, registry));
        registration.setOrder(CONCURRENCY_LIMIT_ORDER);
        registration.addUrlPatterns(RestApi.BASE_PATH + "/*");
        return registration;
    }

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
