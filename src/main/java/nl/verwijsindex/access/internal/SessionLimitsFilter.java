package nl.verwijsindex.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a logged-in session that was idle for longer than the idle timeout, or that began longer
 * ago than the maximum duration, before the security context is read from it. The request then
 * goes on as anonymous. Both limits use the application's clock. Spring Session also expires an
 * idle session by the server's own clock, which removes sessions that get no further requests.
 */
class SessionLimitsFilter extends OncePerRequestFilter {

    static final String LOGGED_IN_AT = SessionLimitsFilter.class.getName() + ".LOGGED_IN_AT";
    static final String LAST_REQUEST_AT = SessionLimitsFilter.class.getName() + ".LAST_REQUEST_AT";

    private static final Logger log = LoggerFactory.getLogger(SessionLimitsFilter.class);

    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration maximumDuration;

    SessionLimitsFilter(Clock clock, Duration idleTimeout, Duration maximumDuration) {
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.maximumDuration = maximumDuration;
    }

    /** Starts the limits of a session that has just logged in. */
    static void start(HttpSession session, Instant now) {
        session.setAttribute(LOGGED_IN_AT, now);
        session.setAttribute(LAST_REQUEST_AT, now);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(LOGGED_IN_AT) instanceof Instant loggedInAt) {
            var now = clock.instant();
            var lastRequestAt = (Instant) session.getAttribute(LAST_REQUEST_AT);
            if (now.isAfter(lastRequestAt.plus(idleTimeout)) || now.isAfter(loggedInAt.plus(maximumDuration))) {
                log.debug("Session ended: idle since {} or logged in since {}", lastRequestAt, loggedInAt);
                session.invalidate();
            } else {
                session.setAttribute(LAST_REQUEST_AT, now);
            }
        }
        chain.doFilter(request, response);
    }
}
