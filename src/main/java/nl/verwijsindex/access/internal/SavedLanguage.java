package nl.verwijsindex.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.verwijsindex.access.Accounts;
import nl.verwijsindex.access.SignedInAccount;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Switches the pages to the language saved in the account's profile after a login, with the same
 * locale resolver, and so the same cookie, as the language links. Without it, the pages after a
 * login would follow the browser's language instead of the account's choice.
 */
@Component
class SavedLanguage {

    private final Accounts accounts;
    private final LocaleResolver localeResolver;

    SavedLanguage(Accounts accounts, LocaleResolver localeResolver) {
        this.accounts = accounts;
        this.localeResolver = localeResolver;
    }

    /** Applies the saved language of the account that has just logged in, and ignores other principals. */
    void apply(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof SignedInAccount account)) {
            return;
        }
        accounts.findProfile(account.id())
                .ifPresent(profile -> localeResolver.setLocale(request, response, profile.language()));
    }
}
