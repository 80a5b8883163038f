package nl.verwijsindex.access;

import java.util.Optional;
import java.util.UUID;

/**
 * The link of an invitation, for the module that sends the email. The token is kept encrypted
 * only until the email has been sent, so the database never keeps a usable link for longer than
 * the outbox needs it.
 */
public interface InvitationEmails {

    /**
     * Returns the email of an invitation that is still open and whose link has not been sent yet,
     * or empty when the invitation was replaced, accepted, has expired or was sent already.
     */
    Optional<InvitationEmail> findUnsent(UUID invitationId);

    /** Deletes the encrypted token after the email is sent. Call it in the transaction that sends it. */
    void markSent(UUID invitationId);
}
