package nl.verwijsindex.matching;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The last active signal of a professional in a match ended, and the match goes on because two or
 * more professionals with active signals remain. Published inside the transaction that ended the
 * signal, after matching has updated its tables. When the match itself ends, this event is not
 * published.
 *
 * @param leftOn the day the signal ended
 */
public record ProfessionalLeftMatch(UUID matchId, UUID professionalId, LocalDate leftOn) {}
