package nl.verwijsindex.subjectrights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import nl.verwijsindex.population.BirthDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The age bands of the rights rule on the day before, of and after the 12th and 16th birthday. */
class AgeCategoryTests {

    static Stream<Arguments> birthdays() {
        return Stream.of(
                // Complete dates: the 12th birthday is 2026-12-04 and the 16th is 2026-12-04.
                Arguments.of(BirthDate.parse("20141204"), "2026-12-03", AgeCategory.UNDER_12),
                Arguments.of(BirthDate.parse("20141204"), "2026-12-04", AgeCategory.FROM_12_TO_15),
                Arguments.of(BirthDate.parse("20141204"), "2026-12-05", AgeCategory.FROM_12_TO_15),
                Arguments.of(BirthDate.parse("20101204"), "2026-12-03", AgeCategory.FROM_12_TO_15),
                Arguments.of(BirthDate.parse("20101204"), "2026-12-04", AgeCategory.FROM_16),
                Arguments.of(BirthDate.parse("20101204"), "2026-12-05", AgeCategory.FROM_16),
                // Year and month only: the earliest possible day is the first of the month.
                Arguments.of(BirthDate.parse("20141200"), "2026-11-30", AgeCategory.UNDER_12),
                Arguments.of(BirthDate.parse("20141200"), "2026-12-01", AgeCategory.FROM_12_TO_15),
                Arguments.of(BirthDate.parse("20141200"), "2026-12-02", AgeCategory.FROM_12_TO_15),
                Arguments.of(BirthDate.parse("20101200"), "2026-11-30", AgeCategory.FROM_12_TO_15),
                Arguments.of(BirthDate.parse("20101200"), "2026-12-01", AgeCategory.FROM_16),
                // Year only: the earliest possible day is 1 January.
                Arguments.of(BirthDate.parse("20140000"), "2025-12-31", AgeCategory.UNDER_12),
                Arguments.of(BirthDate.parse("20140000"), "2026-01-01", AgeCategory.FROM_12_TO_15),
                Arguments.of(BirthDate.parse("20100000"), "2025-12-31", AgeCategory.FROM_12_TO_15),
                Arguments.of(BirthDate.parse("20100000"), "2026-01-01", AgeCategory.FROM_16),
                // Born on 29 February: the 16th birthday is on 29 February of a leap year too.
                Arguments.of(BirthDate.parse("20080229"), "2024-02-28", AgeCategory.FROM_12_TO_15),
                Arguments.of(BirthDate.parse("20080229"), "2024-02-29", AgeCategory.FROM_16),
                Arguments.of(BirthDate.parse("20080229"), "2024-03-01", AgeCategory.FROM_16));
    }

    @ParameterizedTest(name = "born {0}, on {1}: {2}")
    @MethodSource("birthdays")
    void categoryOnDay(BirthDate birthDate, String day, AgeCategory expected) {
        assertThat(AgeCategory.of(birthDate, LocalDate.parse(day))).contains(expected);
    }

    @ParameterizedTest(name = "{0} may ask for a child {1}")
    @MethodSource("allowedRequesters")
    void allowsOnlyTheRequesterOfTheRule(AgeCategory category, Requester requester, boolean allowed) {
        assertThat(category.allows(requester)).isEqualTo(allowed);
    }

    static Stream<Arguments> allowedRequesters() {
        return Stream.of(
                Arguments.of(AgeCategory.UNDER_12, Requester.PARENT, true),
                Arguments.of(AgeCategory.UNDER_12, Requester.PARENT_AND_CHILD, false),
                Arguments.of(AgeCategory.UNDER_12, Requester.CHILD, false),
                Arguments.of(AgeCategory.FROM_12_TO_15, Requester.PARENT, false),
                Arguments.of(AgeCategory.FROM_12_TO_15, Requester.PARENT_AND_CHILD, true),
                Arguments.of(AgeCategory.FROM_12_TO_15, Requester.CHILD, false),
                Arguments.of(AgeCategory.FROM_16, Requester.PARENT, false),
                Arguments.of(AgeCategory.FROM_16, Requester.PARENT_AND_CHILD, false),
                Arguments.of(AgeCategory.FROM_16, Requester.CHILD, true));
    }

    @org.junit.jupiter.api.Test
    void unknownBirthDateHasNoCategory() {
        assertThat(AgeCategory.of(BirthDate.unknown(), LocalDate.parse("2026-12-04")))
                .isEqualTo(Optional.empty());
    }
}
