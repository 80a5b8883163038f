package nl.verwijsindex.access.internal;

import java.time.Clock;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/** Redirects of the login form after a login succeeded or failed. */
final class LoginResultHandlers {

    static final String HOME = "/home";
    static final String FAILED = "/login?error";
    static final String BLOCKED = "/login?blocked";

    private LoginResultHandlers() {}

    /** Starts the session limits, switches to the account's saved language and opens the home page. */
    static AuthenticationSuccessHandler success(Clock clock, SavedLanguage savedLanguage) {
        return (request, response, authentication) -> {
            SessionLimitsFilter.start(request.getSession(), clock.instant());
            savedLanguage.apply(request, response, authentication);
            response.sendRedirect(request.getContextPath() + HOME);
        };
    }

    /** Returns to the login form, with one message for every wrong login and one for a blocked login. */
    static AuthenticationFailureHandler failure() {
        return (request, response, exception) -> {
            var target = exception instanceof LoginBlockedException ? BLOCKED : FAILED;
            response.sendRedirect(request.getContextPath() + target);
        };
    }
}
