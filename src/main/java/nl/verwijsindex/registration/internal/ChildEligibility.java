package nl.verwijsindex.registration.internal;

import java.time.LocalDate;
import java.util.Optional;
import nl.verwijsindex.population.Person;
import nl.verwijsindex.system.api.ApiError;

/**
 * Whether a person found in the population register may be registered as a child on a given day:
 * alive, living in a Dutch municipality, and younger than 23. With a partial birth date the earliest
 * possible birthday counts, so that a signal never outlives the age limit.
 */
final class ChildEligibility {

    static final int AGE_LIMIT = 23;

    private ChildEligibility() {}

    /** Returns the reason the person may not be registered on that day, or empty when they may. */
    static Optional<ApiError> check(Person person, LocalDate registrationDate) {
        if (person.deceased()) {
            return reject(
                    "person-deceased",
                    "The population register records this person as deceased; "
                            + "a signal can only be registered for a living child");
        }
        if (!person.residence().resident()) {
            return reject(
                    "person-not-resident",
                    "This person does not live in a Dutch municipality "
                            + "(emigrated or registered as non-resident), so the index does not apply");
        }

        var limit = person.birthDate().earliestBirthday(AGE_LIMIT);
        if (limit.isEmpty()) {
            return reject(
                    "person-birth-date-unknown",
                    "The population register has no birth year for this "
                            + "person, so the index cannot establish that they are younger than 23");
        }
        if (!registrationDate.isBefore(limit.get())) {
            return reject(
                    "person-too-old",
                    "This person is 23 or older on " + registrationDate
                            + "; the index is for children and young people up to their 23rd birthday");
        }
        return Optional.empty();
    }

    /**
     * Returns the last day a signal on the child may run: the day before its earliest possible
     * 23rd birthday. Empty when the register gives no birth year.
     */
    static Optional<LocalDate> lastDayBeforeAgeLimit(Person person) {
        return person.birthDate().earliestBirthday(AGE_LIMIT).map(birthday -> birthday.minusDays(1));
    }

    private static Optional<ApiError> reject(String code, String detail) {
        return Optional.of(ApiError.body("/bsn", code, detail));
    }
}
