package nl.verwijsindex.registration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.verwijsindex.population.BirthDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InformingDutyTests {

    @ParameterizedTest(name = "born {0}, registered {1}: {2}")
    @CsvSource({
        // Complete birth dates, around the 12th and the 16th birthday.
        "20170101, 2026-12-04, parents",
        "20141205, 2026-12-04, parents",
        "20141204, 2026-12-04, both",
        "20101205, 2026-12-04, both",
        "20101204, 2026-12-04, child",
        "20031224, 2026-12-04, child",
        // Born on 29 February: the 16th birthday in 2028 is on 29 February itself.
        "20120229, 2028-02-28, both",
        "20120229, 2028-02-29, child",
        // Only year and month known: every age that the month allows counts.
        "20141200, 2026-12-04, both",
        "20141100, 2026-12-04, both",
        "20101100, 2026-12-04, child",
        "20101200, 2026-12-04, both",
        "20150100, 2026-12-04, parents",
        // Only the year known.
        "20140000, 2026-12-04, both",
        "20100000, 2026-12-04, both",
        "20150000, 2026-12-04, parents",
        "20090000, 2026-12-04, child",
        "19990000, 2015-06-01, both",
        // Birth date unknown.
        "00000000, 2026-12-04, both"
    })
    void requiresPartiesByAgeOnRegistrationDate(String birthDate, LocalDate registeredOn, String expected) {
        var duty = InformingDuty.of(BirthDate.parse(birthDate), registeredOn);

        assertThat(duty.code()).isEqualTo(expected);
    }

    @Test
    void fulfilledOnlyWhenEveryRequiredPartyWasInformed() {
        var both = new InformingDuty(true, true);
        var parents = new InformingDuty(true, false);

        assertThat(both.fulfilledBy(true, true)).isTrue();
        assertThat(both.fulfilledBy(true, false)).isFalse();
        assertThat(both.fulfilledBy(false, true)).isFalse();
        assertThat(parents.fulfilledBy(true, false)).isTrue();
        assertThat(parents.fulfilledBy(true, true)).isTrue();
        assertThat(parents.fulfilledBy(false, true)).isFalse();
    }
}
