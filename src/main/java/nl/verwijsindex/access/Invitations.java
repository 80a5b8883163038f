package nl.verwijsindex.access;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Invites people to the web application. An invited account exists but cannot log in until its
 * person opens the emailed link, chooses a password and enrols a TOTP authenticator. The link
 * contains a random single-use token that expires after {@code VERWIJSINDEX_INVITATION_VALIDITY}
 * (7 days by default). The email is queued in the caller's transaction and sent after the commit,
 * in the account's language, so a rolled-back invitation sends nothing.
 *
 * <p>The methods do not check who calls them: the calling service checks that the signed-in
 * account may manage the invited account's organisation or municipality.
 */
public interface Invitations {

    /**
     * Creates an account that cannot log in yet and emails it an invitation link.
     *
     * @param invitedBy the account that sends the invitation, or {@code null} when the system does
     * @return the id of the new account
     * @throws org.springframework.dao.DuplicateKeyException when an account has this email address
     *     (ignoring case) or this professional
     */
    UUID invite(NewAccount account, @Nullable UUID invitedBy);

    /**
     * Emails the account a new invitation link, which replaces the previous one. An account that
     * has already enrolled loses its password, TOTP secret, recovery codes and sessions, so that it
     * can log in again only through the new link.
     *
     * @throws IllegalArgumentException when no account has this id
     * @throws IllegalStateException when the account is deactivated
     */
    void reinvite(UUID accountId, @Nullable UUID invitedBy);

    /**
     * Returns when the account's open invitation expires, or empty when the account has accepted
     * its invitation, was created without one, or does not exist. An expired open invitation
     * returns its past expiry time, so that a page can offer to invite again.
     */
    Optional<Instant> openInvitationExpiry(UUID accountId);
}
