package nl.verwijsindex.registration;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.pseudonymisation.Pseudonym;

/**
 * What the retention jobs need of registration: the children who reached their 23rd birthday, and
 * the archived signals whose archive period is over. Children are destroyed through
 * {@link ChildDestruction}; archived signals one at a time here.
 */
public interface SignalRetention {

    /**
     * How long an archived signal is kept after the day it ended. A signal that ended on 29 February
     * is destroyed on 28 February five years later, as {@link LocalDate#plusYears} counts.
     */
    Period ARCHIVE_PERIOD = Period.ofYears(5);

    /**
     * Fills the earliest 23rd birthday of signals that lack it (signals stored before the index kept
     * it) from the population register, each in a transaction of its own.
     *
     * @return how many signals still lack it, because the register gave no birth year, had no such
     *     person, or could not be reached; those signals end only by their end date and the archive period
     */
    int fillMissing23rdBirthdays();

    /** Returns the children with a signal, active or archived, whose earliest 23rd birthday is on or before the day. */
    List<Pseudonym> findChildrenTurned23(LocalDate today);

    /** Returns the archived signals whose archive period ended on or before the day, earliest ended first. */
    List<UUID> findArchivedPastPeriod(LocalDate today);

    /**
     * Destroys the signal if it is still archived and its archive period ended on or before the day,
     * under its child's family locks, and records the destruction in the audit trail. The child's
     * other signals stay.
     *
     * @return the destroyed signal, or empty when it was destroyed meanwhile or is not due
     */
    Optional<DestroyedSignal> destroyIfArchivedPastPeriod(UUID signalId, LocalDate today);
}
