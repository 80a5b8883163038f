package nl.verwijsindex.organisations;

import java.util.Map;
import java.util.UUID;

/**
 * Counts the active signals of an organisation's professionals, for its administrator's pages.
 * The registration module implements it, because it owns the signals.
 */
public interface ActiveSignalCounts {

    /** Returns the number of active signals per professional of the organisation; professionals without any are left out. */
    Map<UUID, Integer> byProfessional(UUID organisationId);
}
