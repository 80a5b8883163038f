package nl.verwijsindex.subjectrights.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.verwijsindex.pseudonymisation.EncryptedBsn;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code rights_requests}.
 *
 * @param number the request's number, which officers refer to
 * @param statedAge the child's age category as the requester stated it
 * @param recordedBy the account of the officer who recorded the request
 * @param child the child's pseudonym, once an officer looked the child up
 * @param bsn the child's encrypted BSN, set together with {@code child}
 * @param registerAge the age category from the population register's birth date, set with {@code child}
 * @param proposal the proposed outcome; {@code null} while the request is open
 * @param note the officer's reason or description of the correction
 * @param proposedBy the account of the officer who proposed the outcome
 * @param decidedBy the account of the officer who approved it
 * @param decidedByName that officer's name as shown when approving
 * @param decidedAt when the outcome was approved
 * @param sentBackByName the name of the officer who last sent a proposal back, while the request is
 *     open again
 * @param sentBackReason that officer's optional reason for the proposer
 */
record RightsRequest(
        UUID id,
        long number,
        UUID municipalityId,
        RequestKind kind,
        Requester requester,
        AgeCategory statedAge,
        LocalDate receivedOn,
        LocalDate deadline,
        RequestStatus status,
        UUID recordedBy,
        @Nullable Pseudonym child,
        @Nullable EncryptedBsn bsn,
        @Nullable AgeCategory registerAge,
        @Nullable Proposal proposal,
        @Nullable String note,
        @Nullable UUID proposedBy,
        @Nullable UUID decidedBy,
        @Nullable String decidedByName,
        @Nullable Instant decidedAt,
        @Nullable String sentBackByName,
        @Nullable String sentBackReason) {

    public boolean childKnown() {
        return child != null;
    }

    /** Returns whether the request is not yet approved and its deadline is at most {@code warningDays} after today. */
    boolean nearDeadline(LocalDate today, int warningDays) {
        return status != RequestStatus.APPROVED && !deadline.isAfter(today.plusDays(warningDays));
    }

    boolean pastDeadline(LocalDate today) {
        return status != RequestStatus.APPROVED && deadline.isBefore(today);
    }
}
