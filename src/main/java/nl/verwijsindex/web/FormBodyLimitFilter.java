package nl.verwijsindex.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects a request body of a web page larger than {@value #MAXIMUM_BYTES} bytes with the {@code
 * 413} page, before anything reads it. The largest form of the index contains a few hundred bytes of
 * text. Without this, a form of megabytes reached Tomcat's parameter parsing, which replied with
 * its own page and wrote stack traces to the log. The API has its own limit.
 */
final class FormBodyLimitFilter extends OncePerRequestFilter {

    static final int MAXIMUM_BYTES = 64 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAXIMUM_BYTES) {
            response.setHeader("Connection", "close");
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
