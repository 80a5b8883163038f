package nl.verwijsindex.access.internal;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;

/**
 * A passkey being added, kept in the session between the password check and the browser's
 * registration ceremony. Only the challenge of the options is kept, because the library's
 * options object is not serializable and the session is stored in the database.
 *
 * @param confirmedAt when the password was checked; the ceremony must finish within {@link #VALIDITY}
 * @param challenge the challenge sent to the browser, {@code null} before the options were sent
 */
record PendingPasskey(
        UUID accountId,
        String label,
        Instant confirmedAt,
        @Nullable Bytes challenge) implements Serializable {

    static final String SESSION_ATTRIBUTE = PendingPasskey.class.getName();

    /** As long as the library's ceremony timeout, so that the options do not outlive it. */
    static final Duration VALIDITY = Duration.ofMinutes(5);

    boolean isValidFor(UUID account, Instant now) {
        return accountId.equals(account) && !now.isAfter(confirmedAt.plus(VALIDITY));
    }

    PendingPasskey withChallenge(@Nullable Bytes sent) {
        return new PendingPasskey(accountId, label, confirmedAt, sent);
    }

    /** Returns the options with the challenge that was sent to the browser in their place. */
    PublicKeyCredentialCreationOptions restore(PublicKeyCredentialCreationOptions fresh) {
        if (challenge == null) {
            throw new IllegalStateException("No registration options were sent for this passkey");
        }
        var builder = PublicKeyCredentialCreationOptions.builder()
                .rp(fresh.getRp())
                .user(fresh.getUser())
                .challenge(challenge)
                .pubKeyCredParams(fresh.getPubKeyCredParams())
                .excludeCredentials(fresh.getExcludeCredentials())
                .authenticatorSelection(fresh.getAuthenticatorSelection());
        if (fresh.getAttestation() != null) {
            builder.attestation(fresh.getAttestation());
        }
        if (fresh.getTimeout() != null) {
            builder.timeout(fresh.getTimeout());
        }
        if (fresh.getExtensions() != null) {
            builder.extensions(fresh.getExtensions());
        }
        return builder.build();
    }
}
