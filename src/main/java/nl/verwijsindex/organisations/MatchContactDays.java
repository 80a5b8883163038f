package nl.verwijsindex.organisations;

import java.util.Optional;
import java.util.UUID;

/**
 * Reads a municipality's setting {@code match_contact_days}: the days after which an active match
 * where no member recorded contact is listed for the municipality's officers.
 */
public interface MatchContactDays {

    /** Returns the municipality's setting, 1 to 365 (default 14), or empty when no municipality has this id. */
    Optional<Integer> of(UUID municipalityId);
}
