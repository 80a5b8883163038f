package nl.verwijsindex.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Security headers of the web pages. The content security policy allows no inline script or
 * style and no other origin, so every page loads its CSS and fonts from this server only.
 */
final class WebPageHeaders {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    private WebPageHeaders() {}

    /** Sets the headers. {@code X-Content-Type-Options: nosniff} is among Spring Security's defaults. */
    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .cacheControl(cache -> cache.disable())
                .addHeaderWriter(new NoStoreUnlessCacheable());
    }

    /**
     * Writes {@code Cache-Control: no-store} unless the response already has a {@code
     * Cache-Control} header. Only the static resources under {@code /nlds/} set one, so pages are
     * never stored. Spring Security's own default writes a longer value with the same effect.
     */
    private static final class NoStoreUnlessCacheable implements HeaderWriter {

        @Override
        public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
            if (response.containsHeader(HttpHeaders.CACHE_CONTROL)
                    || response.getStatus() == HttpStatus.NOT_MODIFIED.value()) {
                return;
            }
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
