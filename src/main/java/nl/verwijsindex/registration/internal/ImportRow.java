package nl.verwijsindex.registration.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of an import file that passed the checks needing no look-up.
 *
 * @param line the line number in the file, the header being line 1
 * @param bsnNumber the child's BSN as a number, so that the millions of rows of a large file fit in a
 *     small heap. {@link #bsn()} returns its 9 digits
 * @param endDate the end date of the file, or {@code null} for the organisation's default
 * @param endedOn the day the signal ended, or {@code null} for an active signal
 * @param endReason {@code risk-gone} or {@code end-date} when {@code endedOn} is set, else {@code null}
 */
record ImportRow(
        int line,
        int bsnNumber,
        UUID professionalId,
        LocalDate registeredOn,
        @Nullable LocalDate endDate,
        @Nullable String ownReference,
        @Nullable LocalDate endedOn,
        @Nullable String endReason)
        implements ImportLine {

    /** Returns the BSN's 9 digits, with leading zeros. */
    String bsn() {
        var digits = Integer.toString(bsnNumber);
        return "0".repeat(9 - digits.length()) + digits;
    }

    boolean active() {
        return endedOn == null;
    }

    /** Leaves the BSN out, so that a row in a log line or an exception message never shows it. */
    @Override
    public String toString() {
        return "ImportRow[line=" + line + ", professionalId=" + professionalId + ", registeredOn=" + registeredOn + "]";
    }
}
