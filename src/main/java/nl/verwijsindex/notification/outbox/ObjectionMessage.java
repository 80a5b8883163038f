package nl.verwijsindex.notification.outbox;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A queued email telling a professional that their signal was removed on objection.
 *
 * @param signalNumber the destroyed signal's number
 * @param ownReference the destroyed signal's own reference, if any
 * @param attempts how many attempts to send it have failed
 */
public record ObjectionMessage(
        UUID id,
        UUID recipientProfessionalId,
        UUID signalId,
        long signalNumber,
        @Nullable String ownReference,
        int attempts) {}
