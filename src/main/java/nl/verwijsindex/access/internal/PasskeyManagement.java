package nl.verwijsindex.access.internal;

import java.time.Clock;
import java.util.List;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.access.internal.LoginAccounts.PasswordOfAccount;
import nl.verwijsindex.access.internal.Passkeys.Passkey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.webauthn.api.AuthenticatorAttestationResponse;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists, adds and removes the passkeys of the logged-in account. Every account, whatever its
 * role, manages only its own passkeys: each query is bound to the account id of the session,
 * and a passkey of another account is not found. Adding and removing need the
 * current password, so that a session left open cannot add a way in or remove one.
 */
@Service
class PasskeyManagement {

    static final int MAXIMUM_PASSKEYS = 10;
    static final int MAXIMUM_LABEL_LENGTH = 60;

    private static final Logger log = LoggerFactory.getLogger(PasskeyManagement.class);

    private final Passkeys passkeys;
    private final LoginAccounts accounts;
    private final LoginAttempts attempts;
    private final PasswordEncoder passwords;
    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final WebAuthnRelyingPartyOperations relyingParty;
    private final Clock clock;

    PasskeyManagement(
            Passkeys passkeys,
            LoginAccounts accounts,
            LoginAttempts attempts,
            PasswordEncoder passwords,
            PublicKeyCredentialUserEntityRepository userEntities,
            WebAuthnRelyingPartyOperations relyingParty,
            Clock clock) {
        this.passkeys = passkeys;
        this.accounts = accounts;
        this.attempts = attempts;
        this.passwords = passwords;
        this.userEntities = userEntities;
        this.relyingParty = relyingParty;
        this.clock = clock;
    }

    List<Passkey> passkeys(SignedInAccount account) {
        return passkeys.ofAccount(account.id());
    }

    /**
     * Checks the label and the current password before a passkey is added. A wrong password
     * counts as a failed login, so that a session left open cannot be used to guess it.
     */
    PasskeyFormErrors checkNewPasskey(SignedInAccount account, String label, String password) {
        var errors = PasskeyFormErrors.none();
        var trimmed = label.strip();
        if (trimmed.isEmpty()) {
            errors = errors.plus("label", "label-missing");
        } else if (trimmed.length() > MAXIMUM_LABEL_LENGTH || trimmed.chars().anyMatch(Character::isISOControl)) {
            errors = errors.plus("label", "label-invalid");
        } else if (passkeys.countOfAccount(account.id()) >= MAXIMUM_PASSKEYS) {
            errors = errors.plus("label", "too-many");
        }
        var passwordCode = checkPassword(account, password);
        if (passwordCode != null) {
            errors = errors.plus("password", passwordCode);
        }
        return errors;
    }

    /**
     * Creates the options of a registration ceremony for the account, with a new challenge. The
     * account's WebAuthn user entity is created first when it has none, named by the account id
     * (the name by which the library finds it) and shown with the account's name.
     */
    PublicKeyCredentialCreationOptions creationOptions(Authentication authentication) {
        var account = (SignedInAccount) authentication.getPrincipal();
        var name = account.id().toString();
        if (userEntities.findByUsername(name) == null) {
            try {
                userEntities.save(ImmutablePublicKeyCredentialUserEntity.builder()
                        .id(Bytes.random())
                        .name(name)
                        .displayName(account.displayName())
                        .build());
            } catch (DuplicateKeyException alreadyCreated) {
                log.debug("WebAuthn user entity of account {} was created by another request", account.id());
            }
        }
        return relyingParty.createPublicKeyCredentialCreationOptions(
                new ImmutablePublicKeyCredentialCreationOptionsRequest(authentication));
    }

    /**
     * Verifies the authenticator's response to the options and stores the passkey. Returns false,
     * and stores nothing, when the response does not verify: a wrong challenge or origin, no
     * user verification, or a credential that is registered already.
     */
    @Transactional
    boolean register(
            SignedInAccount account,
            PublicKeyCredentialCreationOptions options,
            PublicKeyCredential<AuthenticatorAttestationResponse> credential,
            String label) {
        if (!options.getUser().getName().equals(account.id().toString())) {
            throw new IllegalArgumentException("The registration options are not of account " + account.id());
        }
        try {
            var record = relyingParty.registerCredential(new ImmutableRelyingPartyRegistrationRequest(
                    options, new RelyingPartyPublicKey(credential, label.strip())));
            passkeys.setCreated(record.getCredentialId(), clock.instant());
        } catch (RuntimeException rejected) {
            log.info("Passkey of account {} not registered: {}", account.id(), rejected.getMessage());
            return false;
        }
        log.info("Account {} added a passkey", account.id());
        return true;
    }

    /**
     * Removes one of the account's passkeys after checking the current password.
     *
     * @throws PasskeyNotFoundException when the account has no passkey with this id, also when
     *     another account has one, so that the response is the same as for no passkey at all
     */
    PasskeyFormErrors remove(SignedInAccount account, String credentialId, String password) {
        var errors = PasskeyFormErrors.none();
        if (credentialId.isEmpty()) {
            errors = errors.plus("passkey", "passkey-missing");
        } else if (passkeys.ofAccount(account.id()).stream()
                .noneMatch(passkey -> passkey.id().equals(credentialId))) {
            throw new PasskeyNotFoundException();
        }
        var passwordCode = checkPassword(account, password);
        if (passwordCode != null) {
            errors = errors.plus("remove-password", passwordCode);
        }
        if (!errors.isEmpty()) {
            return errors;
        }

        passkeys.delete(account.id(), credentialId);
        log.info("Account {} removed a passkey", account.id());
        return errors;
    }

    /** Returns the error code of the password, or {@code null} when it is right. */
    private String checkPassword(SignedInAccount account, String password) {
        if (password.isEmpty()) {
            return "password-missing";
        }
        var stored = accounts.findPassword(account.id()).filter(PasswordOfAccount::active);
        if (stored.isEmpty() || stored.get().passwordHash() == null) {
            return "password-wrong";
        }
        var email = stored.get().email();
        var attempt = attempts.startPasswordCheck(email);
        if (attempt.isEmpty()) {
            return "blocked";
        }
        if (!passwords.matches(password, stored.get().passwordHash())) {
            log.info("Wrong password of account {} on the passkey page", account.id());
            return "password-wrong";
        }
        attempt.get().succeeded();
        return null;
    }

    /** The account has no passkey with the requested id. */
    static final class PasskeyNotFoundException extends RuntimeException {

        PasskeyNotFoundException() {
            super("No passkey of the account has this id");
        }
    }
}
