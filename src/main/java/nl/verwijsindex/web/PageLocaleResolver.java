package nl.verwijsindex.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Resolves the language of web pages with the resolver given, and leaves requests under {@code
 * /api/} to Spring's default, the {@code Accept-Language} header without a language cookie, so
 * that the REST API's messages do not change with the pages' language choice.
 */
class PageLocaleResolver implements LocaleResolver {

    private static final String API_PREFIX = "/api/";

    private final LocaleResolver pages;
    private final LocaleResolver api = new AcceptHeaderLocaleResolver();

    PageLocaleResolver(LocaleResolver pages) {
        this.pages = pages;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return isApiRequest(request) ? api.resolveLocale(request) : pages.resolveLocale(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        pages.setLocale(request, response, locale);
    }

    private static boolean isApiRequest(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith(API_PREFIX);
    }
}
