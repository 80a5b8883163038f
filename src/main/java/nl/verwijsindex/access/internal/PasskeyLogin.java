package nl.verwijsindex.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds the passkey login of Spring Security 7.0 to the web pages' filter chain.
 *
 * <p>A passkey alone logs in, because it requires user verification and so is two factors
 * itself. The password form with a TOTP code remains the other way. Spring Security 7.0 cannot
 * take a passkey as the second factor after a password, because the annotation
 * {@code @EnableMultiFactorAuthentication} does not switch its WebAuthn login filter to
 * multi-factor mode (reported as spring-projects/spring-security issue 18128). A second factor
 * required only for accounts with a passkey arrives in Spring Security 7.1.
 *
 * <p>The library's endpoints {@code POST /webauthn/authenticate/options} and {@code POST
 * /login/webauthn} are used, the latter through {@link PasskeyLoginFilter}. Its registration
 * endpoints under {@code /webauthn/register} are closed, because adding a passkey needs the
 * current password, so {@link PasskeyPages} adds passkeys instead.
 */
@Component
class PasskeyLogin {

    private static final RequestMatcher LIBRARY_REGISTRATION =
            PathPatternRequestMatcher.withDefaults().matcher("/webauthn/register/**");

    private final PasskeyAuthenticationProvider provider;
    private final Clock clock;
    private final SavedLanguage savedLanguage;

    PasskeyLogin(
            WebAuthnRelyingPartyOperations relyingParty,
            Passkeys passkeys,
            LoginAccounts accounts,
            LoginAttempts attempts,
            Clock clock,
            SavedLanguage savedLanguage,
            LoginAudit audit) {
        this.provider = new PasskeyAuthenticationProvider(relyingParty, passkeys, accounts, attempts, clock, audit);
        this.clock = clock;
        this.savedLanguage = savedLanguage;
    }

    /**
     * Configures {@code http.webAuthn()}. The relying party's id and origins come from the
     * {@link PasskeyConfiguration} bean, which the configurer uses instead of its own settings.
     */
    void configure(HttpSecurity http) throws Exception {
        // The configurer requires a UserDetailsService for its default login provider, which the
        // post-processor below replaces, so this one is never called.
        http.setSharedObject(UserDetailsService.class, username -> {
            throw new UsernameNotFoundException("Passkey logins do not load users by name");
        });
        http.webAuthn(webAuthn -> webAuthn.disableDefaultRegistrationPage(true)
                        .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                            @Override
                            public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                                @SuppressWarnings("unchecked")
                                var replacement = (O) new PasskeyLoginFilter(provider, clock, savedLanguage);
                                return replacement;
                            }
                        }))
                .addFilterAfter(new ClosedLibraryRegistration(), CsrfFilter.class);
    }

    /** Sends 403 for the library's registration endpoints, as on every other path without a page. */
    private static final class ClosedLibraryRegistration extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !LIBRARY_REGISTRATION.matches(request);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
