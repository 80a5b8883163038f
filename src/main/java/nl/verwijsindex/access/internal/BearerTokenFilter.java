package nl.verwijsindex.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests by {@code Authorization: Bearer <token>}. A request without the header
 * passes on unauthenticated, so that public paths stay reachable. A wrong or revoked token, or one
 * of a suspended organisation, is rejected at once.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";

    private final JdbcApiClients apiClients;
    private final AuthenticationEntryPoint entryPoint;
    private final LoginAudit audit;

    BearerTokenFilter(JdbcApiClients apiClients, AuthenticationEntryPoint entryPoint, LoginAudit audit) {
        this.apiClients = apiClients;
        this.entryPoint = entryPoint;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            chain.doFilter(request, response);
            return;
        }

        try {
            var found = apiClients.findByToken(header.substring(SCHEME.length()).trim());
            if (found.isEmpty()) {
                audit.apiTokenRejected(null, request.getRemoteAddr());
                throw new BadCredentialsException("The bearer token is not valid or was revoked");
            }
            var caller = found.get();
            if (!caller.organisationConnected()) {
                audit.apiTokenRejected(caller.client().id(), request.getRemoteAddr());
                throw new DisabledException("The organisation of this API client is suspended by the municipality");
            }
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new ApiClientAuthentication(caller.client()));
            SecurityContextHolder.setContext(context);
        } catch (AuthenticationException e) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, e);
            return;
        }

        chain.doFilter(request, response);
    }
}
