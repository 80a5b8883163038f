package nl.verwijsindex.access.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.access.internal.LoginAccounts.LoginAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a login in one step: email address, password and a TOTP code or unused recovery code
 * must all be right, and the account active. Every failure raises the same {@link
 * BadCredentialsException}, so the response never reveals which part was wrong or whether the account
 * exists. An unknown email address costs a password hash too, so that timing does not tell either.
 */
class PasswordAndCodeAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(PasswordAndCodeAuthenticationProvider.class);

    private final LoginAccounts accounts;
    private final LoginAttempts attempts;
    private final PasswordEncoder passwords;
    private final SecretCipher secretCipher;
    private final TotpCodes totpCodes;
    private final LoginAudit audit;
    /**
     * The hash that a login with an unknown email address checks its password against. It is
     * computed on the common fork-join pool, because in the constructor this one Argon2 hash took 6%
     * of the main thread's CPU samples of a start (JFR, 17 of 290).
     */
    private final CompletableFuture<String> unknownAccountHash;

    PasswordAndCodeAuthenticationProvider(
            LoginAccounts accounts,
            LoginAttempts attempts,
            PasswordEncoder passwords,
            SecretCipher secretCipher,
            TotpCodes totpCodes,
            LoginAudit audit) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.passwords = passwords;
        this.secretCipher = secretCipher;
        this.totpCodes = totpCodes;
        this.audit = audit;
        this.unknownAccountHash = CompletableFuture.supplyAsync(
                () -> passwords.encode("no account has this password " + System.nanoTime()));
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var email = authentication.getName();
        var password = String.valueOf(authentication.getCredentials());
        if (!(authentication.getDetails() instanceof LoginDetails details)) {
            throw new BadCredentialsException("Login without the details of the login form");
        }
        var attempt = attempts.startLogin(email, details.clientAddress());
        if (attempt.isEmpty()) {
            log.info("Login blocked after too many failures");
            audit.blocked(null, details.clientAddress(), LoginAudit.PASSWORD_LOGIN);
            throw new LoginBlockedException();
        }

        var account = accounts.findByEmail(email);
        var hash = account.map(LoginAccount::passwordHash).orElseGet(unknownAccountHash::join);
        boolean passwordMatches = passwords.matches(password, hash);
        if (account.isEmpty() || !passwordMatches || !account.get().active() || !codeMatches(account.get(), details)) {
            log.info(
                    "Login failed{}",
                    account.map(found -> " for account " + found.account().id()).orElse(""));
            var triedAccount = account.map(found -> found.account().id()).orElse(null);
            audit.rejected(triedAccount, details.clientAddress(), LoginAudit.PASSWORD_LOGIN);
            throw new BadCredentialsException("Wrong email address, password or code");
        }

        attempt.get().succeeded();
        attempts.clearAccount(email);
        var signedIn = account.get().account();
        log.info("Account {} logged in", signedIn.id());
        audit.succeeded(signedIn, details.clientAddress(), LoginAudit.PASSWORD_LOGIN);
        return authenticated(signedIn, details.clientAddress());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private boolean codeMatches(LoginAccount account, LoginDetails details) {
        var id = account.account().id();
        var encryptedSecret = account.totpSecret();
        if (encryptedSecret == null) {
            return false;
        }
        if (!TotpCodes.CODE.matcher(details.code()).matches()) {
            return !details.code().isEmpty() && accounts.useRecoveryCode(id, details.code());
        }
        var secret = secretCipher.decrypt(encryptedSecret, id.toString());
        var step = totpCodes.matchingStep(secret, details.code(), account.lastTotpStep());
        return step.isPresent() && accounts.useTotpStep(id, step.getAsLong());
    }

    /**
     * Builds the session's authentication without the password or the code. Its own details keep
     * {@link org.springframework.security.authentication.ProviderManager} from copying the login
     * details, with the code, into the session.
     */
    static Authentication authenticated(SignedInAccount account, String clientAddress) {
        var authorities = List.of(new SimpleGrantedAuthority(account.role().authority()));
        var authentication = UsernamePasswordAuthenticationToken.authenticated(account, null, authorities);
        authentication.setDetails(new WebAuthenticationDetails(clientAddress, null));
        return authentication;
    }
}
