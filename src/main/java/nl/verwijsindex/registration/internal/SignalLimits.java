package nl.verwijsindex.registration.internal;

import java.time.LocalDate;
import java.util.Optional;
import nl.verwijsindex.population.Person;
import org.jspecify.annotations.Nullable;

/**
 * The limits that the child's record in the population register sets for a stored signal.
 *
 * @param informingDuty whom the professional must inform of the signal
 * @param latestEndDate the latest end date the signal may get: two years after its registration
 *     date, and never past the day before the child's earliest possible 23rd birthday. It is
 *     {@code null} when the register no longer has the child or gives no birth year
 */
record SignalLimits(InformingDuty informingDuty, @Nullable LocalDate latestEndDate) {

    static SignalLimits of(Signal signal, Optional<Person> child) {
        if (child.isEmpty()) {
            return new SignalLimits(InformingDuty.UNKNOWN_AGE, null);
        }

        var duty = InformingDuty.of(child.get().birthDate(), signal.registeredOn());
        var twoYears = SignalRequestRules.latestEndDate(signal.registeredOn());
        var latest = ChildEligibility.lastDayBeforeAgeLimit(child.get())
                .map(beforeAgeLimit -> beforeAgeLimit.isBefore(twoYears) ? beforeAgeLimit : twoYears)
                .orElse(null);
        return new SignalLimits(duty, latest);
    }
}
