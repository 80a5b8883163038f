package nl.verwijsindex.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Sends a form submit on a page behind the login that has no live login, because its session
 * expired or never existed, to the login form with the notice {@code /login?expired}. Without this,
 * such a submit gets the 403 page when its CSRF token was lost with the session, which reads as a
 * permissions problem. A submit with a live login and a wrong or missing CSRF token still gets
 * a 403 page with the instruction to reload the form.
 */
final class ExpiredSessionRedirects {

    static final String EXPIRED_LOGIN = "/login?expired";

    /** The request attribute that the web module's error page reads; its name is repeated there. */
    static final String FORM_EXPIRED_ATTRIBUTE = "nl.verwijsindex.form-expired";

    private ExpiredSessionRedirects() {}

    /**
     * Returns the entry point of the pages behind the login: the login form for a GET or HEAD, and
     * the login form with the notice for a submit, which lost what was typed.
     */
    static AuthenticationEntryPoint loginForm() {
        var plain = new LoginUrlAuthenticationEntryPoint("/login");
        var expired = new LoginUrlAuthenticationEntryPoint(EXPIRED_LOGIN);
        return (request, response, exception) -> {
            if (isSubmit(request)) {
                expired.commence(request, response, exception);
            } else {
                plain.commence(request, response, exception);
            }
        };
    }

    /**
     * Returns the handler that redirects a rejected CSRF token without a live login on a page behind
     * the login, and sends a 403 in every other case: a rejected CSRF token gets the form-expired page.
     */
    static AccessDeniedHandler accessDeniedHandler(List<RequestMatcher> pagesBehindLogin) {
        var forbidden = new AccessDeniedHandlerImpl();
        var redirects = new DefaultRedirectStrategy();
        return (request, response, exception) -> {
            boolean behindLogin = pagesBehindLogin.stream().anyMatch(pages -> pages.matches(request));
            if (exception instanceof CsrfException && behindLogin && !isLoggedIn()) {
                redirects.sendRedirect(request, response, EXPIRED_LOGIN);
            } else if (exception instanceof CsrfException) {
                // The error page then shows the form-expired text, not the permissions text.
                request.setAttribute(FORM_EXPIRED_ATTRIBUTE, Boolean.TRUE);
                forbidden.handle(request, response, exception);
            } else {
                forbidden.handle(request, response, exception);
            }
        };
    }

    private static boolean isSubmit(HttpServletRequest request) {
        var method = request.getMethod();
        return !HttpMethod.GET.matches(method) && !HttpMethod.HEAD.matches(method);
    }

    /** Checks for a real login. The CSRF check runs before the anonymous login is set, so no login reads as null. */
    private static boolean isLoggedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
