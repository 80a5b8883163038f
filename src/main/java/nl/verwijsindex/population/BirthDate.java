package nl.verwijsindex.population;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A birth date as the register records it: complete, only year and month, only year, or unknown.
 * The register writes an unknown part as zeros ({@code 20080600}, {@code 20080000}, {@code 00000000}).
 */
public record BirthDate(
        @Nullable Integer year,
        @Nullable Integer month,
        @Nullable Integer day) {

    /** Parses the register's {@code yyyymmdd} form, in which an unknown part is zeros. */
    public static BirthDate parse(String yyyymmdd) {
        if (yyyymmdd.length() != 8 || !yyyymmdd.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("A birth date in the register is 8 digits, yyyymmdd, got: " + yyyymmdd);
        }
        int year = Integer.parseInt(yyyymmdd.substring(0, 4));
        int month = Integer.parseInt(yyyymmdd.substring(4, 6));
        int day = Integer.parseInt(yyyymmdd.substring(6, 8));
        if (year == 0) {
            return unknown();
        }
        if (month == 0) {
            return new BirthDate(year, null, null);
        }
        if (day == 0) {
            return new BirthDate(year, month, null);
        }
        return of(LocalDate.of(year, month, day));
    }

    public static BirthDate of(LocalDate date) {
        return new BirthDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static BirthDate unknown() {
        return new BirthDate(null, null, null);
    }

    /**
     * Returns the earliest day the person can have been born: the first of the month or of the
     * year when only those are known, so that an age computed from it is never too low. Empty when
     * not even the year is known.
     */
    public Optional<LocalDate> earliestPossible() {
        if (year == null) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day));
    }

    /**
     * Returns the earliest day on which the person can turn the given age. For a birthday on
     * 29 February the anniversary in a common year is 28 February, the earlier of the two candidates.
     */
    public Optional<LocalDate> earliestBirthday(int age) {
        return earliestPossible().map(date -> date.plusYears(age));
    }
}
