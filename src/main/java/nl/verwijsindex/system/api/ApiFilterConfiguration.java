package nl.verwijsindex.system.api;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
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

    private static final Logger log = LoggerFactory.getLogger(ApiFilterConfiguration.class);

    static final int MAXIMUM_CONCURRENT_REQUESTS = 1000;
    static final Duration MAXIMUM_QUEUE_TIMEOUT = Duration.ofMinutes(5);
    static final Duration DEFAULT_QUEUE_TIMEOUT = Duration.ofSeconds(10);

    private static final int API_VERSION_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 30;
    private static final int CONCURRENCY_LIMIT_ORDER = API_VERSION_ORDER + 1;
    private static final int DOCUMENT_CORS_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20;
    private static final int ERROR_DISPATCH_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10;
    private static final int MALFORMED_QUERY_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 25;
    private static final int BODY_LIMIT_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 5;

    /**
     * Limits the API requests that run at once to {@code VERWIJSINDEX_API_MAX_CONCURRENT_REQUESTS},
     * or to {@link #defaultMaximum(int)} when it is not set. It comes right after the version
     * header and before Spring Security, so that a waiting request has no database connection yet.
     *
     * @throws IllegalArgumentException when a setting is out of its range
     */
    @Bean
    FilterRegistrationBean<ApiConcurrencyLimitFilter> apiConcurrencyLimitFilter(
            @Value("${verwijsindex.api.max-concurrent-requests:}") String maximumSetting,
            @Value("${verwijsindex.api.queue-timeout:}") String queueTimeoutSetting,
            ProblemResponseWriter writer,
            MeterRegistry registry) {
        int maximum =
                maximumConcurrentRequests(maximumSetting, Runtime.getRuntime().availableProcessors());
        var queueTimeout = queueTimeout(queueTimeoutSetting);
        log.info(
                "API requests that run at once: {}; the others wait up to {}"
                        + " (VERWIJSINDEX_API_MAX_CONCURRENT_REQUESTS, VERWIJSINDEX_API_QUEUE_TIMEOUT)",
                maximum,
                DurationText.of(queueTimeout));
        var registration =
                new FilterRegistrationBean<>(new ApiConcurrencyLimitFilter(maximum, queueTimeout, writer, registry));
        registration.setOrder(CONCURRENCY_LIMIT_ORDER);
        registration.addUrlPatterns(RestApi.BASE_PATH + "/*");
        return registration;
    }

    /**
     * Returns the setting as a number, or the default for the processors when it is blank.
     *
     * @throws IllegalArgumentException when the setting is not a whole number from 1 to 1000
     */
    static int maximumConcurrentRequests(String setting, int processors) {
        if (setting.isBlank()) {
            return defaultMaximum(processors);
        }
        int maximum;
        try {
            maximum = Integer.parseInt(setting.trim());
        } catch (NumberFormatException e) {
            maximum = 0;
        }
        if (maximum < 1 || maximum > MAXIMUM_CONCURRENT_REQUESTS) {
            throw new IllegalArgumentException("Invalid VERWIJSINDEX_API_MAX_CONCURRENT_REQUESTS '" + setting
                    + "': set it to a whole number from 1 to " + MAXIMUM_CONCURRENT_REQUESTS
                    + ", such as 8, or leave it unset for twice the number of processor cores");
        }
        return maximum;
    }

    /**
     * Returns the setting as a duration, such as {@code 10s} or {@code 500ms}, or 10 s when it is blank.
     *
     * @throws IllegalArgumentException when the setting is not a duration from 0s to 5m
     */
    static Duration queueTimeout(String setting) {
        if (setting.isBlank()) {
            return DEFAULT_QUEUE_TIMEOUT;
        }
        Duration timeout;
        try {
            timeout = DurationStyle.detectAndParse(setting.trim());
        } catch (IllegalArgumentException e) {
            throw invalidQueueTimeout(setting);
        }
        if (timeout.isNegative() || timeout.compareTo(MAXIMUM_QUEUE_TIMEOUT) > 0) {
            throw invalidQueueTimeout(setting);
        }
        return timeout;
    }

    private static IllegalArgumentException invalidQueueTimeout(String setting) {
        return new IllegalArgumentException("Invalid VERWIJSINDEX_API_QUEUE_TIMEOUT '" + setting
                + "': set it to a duration from 0s to 5m, such as 10s or 500ms, or leave it unset for 10s");
    }

    /**
     * Returns twice the number of processors, from 2 to 16. In short benchmark runs at 32 clients on
     * two cores, 4 gave the most registrations per second and kept the match emails within a second.
     * At 16, the API leaves 4 of the pool's 20 database connections to the email senders.
     */
    static int defaultMaximum(int processors) {
        return Math.max(2, Math.min(16, 2 * processors));
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
