package nl.verwijsindex.registration.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import nl.verwijsindex.population.BirthDate;

/**
 * Whom a professional must inform of a signal: the parents of a child under 16 and the child from 12
 * on, by the child's age on the registration date. With a partial birth date the child's age is a
 * range, and every party that the child's real age could require must be informed.
 *
 * @param parents whether the parents must be informed
 * @param child whether the child must be informed
 */
record InformingDuty(boolean parents, boolean child) {

    static final int PARENTS_UNTIL_AGE = 16;
    static final int CHILD_FROM_AGE = 12;

    /** Both parties, for a child whose birth date the population register does not give. */
    static final InformingDuty UNKNOWN_AGE = new InformingDuty(true, true);

    static InformingDuty of(BirthDate birthDate, LocalDate registeredOn) {
        var earliest = birthDate.earliestPossible();
        var latest = latestPossible(birthDate);
        if (earliest.isEmpty() || latest.isEmpty()) {
            return UNKNOWN_AGE;
        }

        // The youngest possible child is under 16 when its 16th birthday is after the registration date.
        var parents = latest.get().plusYears(PARENTS_UNTIL_AGE).isAfter(registeredOn);
        // The oldest possible child is 12 when its 12th birthday is on or before the registration date.
        var child = !earliest.get().plusYears(CHILD_FROM_AGE).isAfter(registeredOn);
        return new InformingDuty(parents, child);
    }

    /** Returns whether recording these parties as informed fulfils the duty. */
    boolean fulfilledBy(boolean parentsInformed, boolean childInformed) {
        return (!parents || parentsInformed) && (!child || childInformed);
    }

    /**
     * Returns {@code parents}, {@code child} or {@code both}, which names the parties in messages. Every
     * age requires at least one party.
     */
    public String code() {
        if (parents && child) {
            return "both";
        }
        return parents ? "parents" : "child";
    }

    /** Returns the parties in English, for problem details. */
    String describe() {
        return switch (code()) {
            case "both" -> "both the parents and the child";
            case "parents" -> "the parents";
            default -> "the child";
        };
    }

    /** Returns the last day the person can have been born: the end of the month or year when only those are known. */
    private static Optional<LocalDate> latestPossible(BirthDate birthDate) {
        if (birthDate.year() == null) {
            return Optional.empty();
        }
        if (birthDate.month() == null) {
            return Optional.of(LocalDate.of(birthDate.year(), 12, 31));
        }
        if (birthDate.day() == null) {
            return Optional.of(YearMonth.of(birthDate.year(), birthDate.month()).atEndOfMonth());
        }
        return Optional.of(LocalDate.of(birthDate.year(), birthDate.month(), birthDate.day()));
    }
}
