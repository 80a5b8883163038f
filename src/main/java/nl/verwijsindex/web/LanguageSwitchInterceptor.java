package nl.verwijsindex.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Switches the language when a request has the parameter {@code lang=nl} or {@code lang=en}, so
 * that the language links work without JavaScript. Other values are ignored, unlike Spring's
 * {@code LocaleChangeInterceptor}, which would store any locale.
 *
 * <p>The switch changes only this browser's cookie, not the language saved in the account, which
 * the next login applies again. Saving it would let a plain GET link, which carries no CSRF token,
 * change an account's setting and the language of its emails, so the account's language is
 * changed only by the form on the profile page.
 */
class LanguageSwitchInterceptor implements HandlerInterceptor {

    static final String PARAMETER = "lang";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var code = request.getParameter(PARAMETER);
        var localeResolver = RequestContextUtils.getLocaleResolver(request);
        if (code == null || localeResolver == null) {
            return true;
        }

        Languages.of(code).ifPresent(language -> localeResolver.setLocale(request, response, language));
        return true;
    }
}
