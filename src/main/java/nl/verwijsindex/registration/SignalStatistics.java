package nl.verwijsindex.registration;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Counts of signals for the statistics of municipalities and regions, aggregated in the database.
 * The results name organisations, never a child or a signal. Destroyed signals are deleted, so no
 * count includes them.
 */
public interface SignalStatistics {

    /** Returns the number of signals of the given organisations registered in each month from {@code from} to {@code to}. */
    List<MonthCount> registered(Collection<UUID> organisationIds, YearMonth from, YearMonth to);

    /** Returns the number of signals of the given organisations that ended, and went to the archive, in each month. */
    List<MonthCount> ended(Collection<UUID> organisationIds, YearMonth from, YearMonth to);

    /**
     * Returns the number of signals of the given organisations that were active at the end of each
     * month, or on {@code today} for the month that contains it. A signal is active on a day when it was
     * registered on or before that day and had not ended on or before it.
     */
    List<MonthCount> activeAtMonthEnd(Collection<UUID> organisationIds, YearMonth from, YearMonth to, LocalDate today);

    /**
     * Finds the children who, on the day, have active signals of at least {@code minimumProfessionals}
     * professionals, one of them in the given organisations, and returns for each such child the
     * organisations of all its active signals. The professionals may belong to any municipality.
     */
    List<Set<UUID>> organisationsOfChildrenWithProfessionals(
            Collection<UUID> organisationIds, LocalDate day, int minimumProfessionals);

    /** A number of signals of one organisation in one month; months without any are left out. */
    record MonthCount(UUID organisationId, YearMonth month, int count) {}
}
