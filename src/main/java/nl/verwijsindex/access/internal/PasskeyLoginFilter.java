package nl.verwijsindex.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.authentication.HttpSessionPublicKeyCredentialRequestOptionsRepository;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Security's passkey login at {@code POST /login/webauthn}, with three changes. The
 * request carries the client address by which failures are counted. The session id changes, the
 * session limits start and the account's saved language is applied, as after a password login. The JSON response names the page to open
 * next, {@code /home} or the login form with its message.
 */
class PasskeyLoginFilter extends WebAuthnAuthenticationFilter {

    private static final Logger log = LoggerFactory.getLogger(PasskeyLoginFilter.class);

    private final JsonMapper json =
            JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();
    private final JacksonJsonHttpMessageConverter converter = new JacksonJsonHttpMessageConverter(json);

    /** The same session attribute that the options filter of {@code http.webAuthn()} writes. */
    private final HttpSessionPublicKeyCredentialRequestOptionsRepository requestOptions =
            new HttpSessionPublicKeyCredentialRequestOptionsRepository();

    PasskeyLoginFilter(PasskeyAuthenticationProvider provider, Clock clock, SavedLanguage savedLanguage) {
        setAuthenticationManager(new ProviderManager(provider));
        setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
        setAuthenticationSuccessHandler((request, response, authentication) -> {
            SessionLimitsFilter.start(request.getSession(), clock.instant());
            savedLanguage.apply(request, response, authentication);
            writeNextPage(response, HttpServletResponse.SC_OK, request.getContextPath() + LoginResultHandlers.HOME);
        });
        setAuthenticationFailureHandler((request, response, exception) -> {
            var target = exception instanceof LoginBlockedException
                    ? LoginResultHandlers.BLOCKED
                    : LoginResultHandlers.FAILED;
            writeNextPage(response, HttpServletResponse.SC_UNAUTHORIZED, request.getContextPath() + target);
        });
    }

    /**
     * Reads the browser's assertion and the options that were sent for it, as the library's
     * filter does, and adds the client address. The options are used once: a second attempt
     * needs new options with a new challenge.
     */
    @Override
    public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response) {
        PublicKeyCredential<AuthenticatorAssertionResponse> credential;
        try {
            credential = readCredential(request);
        } catch (IOException | RuntimeException unreadable) {
            log.info("Passkey login failed: unreadable assertion: {}", unreadable.getMessage());
            throw new BadCredentialsException("Unreadable passkey assertion", unreadable);
        }
        var options = requestOptions.load(request);
        if (options == null) {
            log.info("Passkey login failed: no login options in the session");
            throw new BadCredentialsException("No passkey login options in the session");
        }
        requestOptions.save(request, response, null);

        var token = new WebAuthnAuthenticationRequestToken(new RelyingPartyAuthenticationRequest(options, credential));
        token.setDetails(new ClientAddress(request.getRemoteAddr()));
        return getAuthenticationManager().authenticate(token);
    }

    @SuppressWarnings("unchecked")
    private PublicKeyCredential<AuthenticatorAssertionResponse> readCredential(HttpServletRequest request)
            throws IOException {
        var type = ResolvableType.forClassWithGenerics(PublicKeyCredential.class, AuthenticatorAssertionResponse.class);
        return (PublicKeyCredential<AuthenticatorAssertionResponse>)
                converter.read(type, new ServletServerHttpRequest(request), null);
    }

    private void writeNextPage(HttpServletResponse response, int status, String path) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(Map.of("redirectUrl", path)));
    }

    /** The details of a passkey login: the client address by which failures are counted. */
    record ClientAddress(String value) {}
}
