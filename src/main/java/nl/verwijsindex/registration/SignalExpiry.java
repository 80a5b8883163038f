package nl.verwijsindex.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Moves active signals whose end date has passed to the archive, for the scheduled job that ends
 * them. The end date is the signal's last active day, so a signal ending on 31 December is archived
 * from 1 January on, with 31 December as the day it ended.
 */
public interface SignalExpiry {

    /** Returns the ids of the active signals whose end date is before {@code today}. */
    List<UUID> findPastEndDate(LocalDate today);

    /**
     * Archives the signal with end reason {@code end-date} and publishes {@link SignalEnded}, so
     * that matching ends the matches it leaves with fewer than two professionals. It does nothing
     * and returns false when the signal is gone, no longer active or extended to {@code today} or
     * later meanwhile. It runs in the caller's transaction, or in one of its own when there is none.
     *
     * @return true when this call archived the signal
     */
    boolean archiveIfPastEndDate(UUID signalId, LocalDate today);
}
