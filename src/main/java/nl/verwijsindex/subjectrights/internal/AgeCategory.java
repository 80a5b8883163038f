package nl.verwijsindex.subjectrights.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import nl.verwijsindex.population.BirthDate;

/**
 * The child's age band that decides who may make a request: a parent alone for a child under 12,
 * parent and child together from 12 up to 16, and the young person alone from 16.
 */
enum AgeCategory {
    UNDER_12("under-12", Requester.PARENT),
    FROM_12_TO_15("12-to-15", Requester.PARENT_AND_CHILD),
    FROM_16("16-and-older", Requester.CHILD);

    private final String code;
    private final Requester allowedRequester;

    AgeCategory(String code, Requester allowedRequester) {
        this.code = code;
        this.allowedRequester = allowedRequester;
    }

    public String code() {
        return code;
    }

    /** Returns whether the requester may make a request for a child of this age. */
    boolean allows(Requester requester) {
        return requester == allowedRequester;
    }

    static Optional<AgeCategory> fromCode(String code) {
        return Arrays.stream(values())
                .filter(category -> category.code.equals(code))
                .findFirst();
    }

    /**
     * Returns the category of a person born on the date, on the given day. A partial birth date
     * counts from its earliest possible day, so the age is never taken too low. Empty when not
     * even the year of birth is known.
     */
    static Optional<AgeCategory> of(BirthDate birthDate, LocalDate on) {
        if (birthDate.earliestBirthday(16).filter(day -> !day.isAfter(on)).isPresent()) {
            return Optional.of(FROM_16);
        }
        if (birthDate.earliestBirthday(12).filter(day -> !day.isAfter(on)).isPresent()) {
            return Optional.of(FROM_12_TO_15);
        }
        return birthDate.earliestPossible().map(day -> UNDER_12);
    }
}
