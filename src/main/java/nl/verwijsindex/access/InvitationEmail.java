package nl.verwijsindex.access;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * The content of one invitation email.
 *
 * @param link the absolute acceptance URL, which contains the secret token
 * @param expiresAt when the link stops working
 */
public record InvitationEmail(
        UUID invitationId, String email, String name, Locale language, String link, Instant expiresAt) {

    @Override
    public String toString() {
        return "InvitationEmail[invitationId=" + invitationId + ", link=(hidden)]";
    }
}
