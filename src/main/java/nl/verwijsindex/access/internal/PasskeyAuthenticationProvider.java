package nl.verwijsindex.access.internal;

import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Logs in with a passkey alone. The relying party requires user verification, so the passkey
 * proves possession of the authenticator and its PIN or biometric: two factors, as the password
 * and TOTP code are. The result is the same authentication as a login with a password, so the
 * session contains the same {@link nl.verwijsindex.access.SignedInAccount}. A passkey of a
 * deactivated account is rejected. Failures count in {@link LoginAttempts} like wrong
 * passwords: per client address always, and per account when the passkey belongs to one.
 */
class PasskeyAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(PasskeyAuthenticationProvider.class);

    private final WebAuthnRelyingPartyOperations relyingParty;
    private final Passkeys passkeys;
    private final LoginAccounts accounts;
    private final LoginAttempts attempts;
    private final Clock clock;
    private final LoginAudit audit;

    PasskeyAuthenticationProvider(
            WebAuthnRelyingPartyOperations relyingParty,
            Passkeys passkeys,
            LoginAccounts accounts,
            LoginAttempts attempts,
            Clock clock,
            LoginAudit audit) {
        this.relyingParty = relyingParty;
        this.passkeys = passkeys;
        this.accounts = accounts;
        this.attempts = attempts;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var token = (WebAuthnAuthenticationRequestToken) authentication;
        if (!(token.getDetails() instanceof PasskeyLoginFilter.ClientAddress details)) {
            throw new BadCredentialsException("Passkey login without the client address");
        }
        var clientAddress = details.value();
        var credentialId = token.getWebAuthnRequest().getPublicKey().getRawId();
        var email = passkeys.findOwnerEmail(credentialId);
        var attempt = email.isPresent()
                ? attempts.startLogin(email.get(), clientAddress)
                : attempts.startAnonymousLogin(clientAddress);
        if (attempt.isEmpty()) {
            log.info("Passkey login blocked after too many failures");
            audit.blocked(null, clientAddress, LoginAudit.PASSKEY_LOGIN);
            throw new LoginBlockedException();
        }
        if (email.isEmpty()) {
            log.info("Passkey login failed: no account has the passkey");
            audit.rejected(null, clientAddress, LoginAudit.PASSKEY_LOGIN);
            throw new BadCredentialsException("Unknown passkey");
        }
        var account = accounts.findByEmail(email.get()).orElseThrow();
        var accountId = account.account().id();
        if (!account.active()) {
            audit.rejected(accountId, clientAddress, LoginAudit.PASSKEY_LOGIN);
            throw failure(accountId, "the account is deactivated");
        }
        try {
            relyingParty.authenticate(token.getWebAuthnRequest());
        } catch (RuntimeException rejected) {
            audit.rejected(accountId, clientAddress, LoginAudit.PASSKEY_LOGIN);
            throw failure(accountId, rejected.getMessage());
        }

        passkeys.recordLogin(credentialId, clock.instant());
        attempt.get().succeeded();
        attempts.clearAccount(email.get());
        log.info("Account {} logged in with a passkey", accountId);
        audit.succeeded(account.account(), clientAddress, LoginAudit.PASSKEY_LOGIN);
        return PasswordAndCodeAuthenticationProvider.authenticated(account.account(), clientAddress);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
    }

    /** Logs the failure, which stays counted, and returns the exception that ends the login. */
    private static BadCredentialsException failure(UUID accountId, String reason) {
        log.info("Passkey login failed for account {}: {}", accountId, reason);
        return new BadCredentialsException("Passkey login failed");
    }
}
