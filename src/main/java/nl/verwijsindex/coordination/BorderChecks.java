package nl.verwijsindex.coordination;

/**
 * Runs the checks that place new matches in their children's municipalities and notify the
 * municipal coordinators of a match that crosses a municipal border. A match is checked as soon as
 * its transaction commits. A check stays due while the population register has not named a child's
 * municipality, for up to two days, and a scheduled job runs the due checks again.
 */
public interface BorderChecks {

    /**
     * Runs up to 500 due checks, each in a transaction of its own, and returns how many finished. A
     * notice that a check queues carries the clock's current time.
     */
    int checkAllDue();
}
