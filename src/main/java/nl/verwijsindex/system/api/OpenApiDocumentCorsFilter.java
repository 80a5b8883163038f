package nl.verwijsindex.system.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a browser script on any origin read the OpenAPI document, as the API Design Rules require.
 * It sends {@code Access-Control-Allow-Origin: *} on every response of the document, also without
 * an {@code Origin} header, so that checkers that send none see it. It responds to a preflight itself,
 * before Spring Security, which would reject an unauthenticated {@code OPTIONS} request. The filter
 * is mapped to the document's path only: other API paths get no CORS headers.
 */
class OpenApiDocumentCorsFilter extends OncePerRequestFilter {

    static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";
    static final String PREFLIGHT_MAX_AGE_SECONDS = "3600";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, RestApi.VERSION_HEADER);
        if (!CorsUtils.isPreFlightRequest(request)) {
            chain.doFilter(request, response);
            return;
        }

        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS);
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "*");
        response.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, PREFLIGHT_MAX_AGE_SECONDS);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
