package nl.verwijsindex.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.verwijsindex.population.BirthDate;
import org.junit.jupiter.api.Test;

/** The earliest possible 23rd birthday that registration stores with each signal. */
class TwentyThirdBirthdayTests {

    @Test
    void leapDayBirthTurns23On28February() {
        var birthday = BirthDate.of(LocalDate.of(2004, 2, 29)).earliestBirthday(23);

        assertThat(birthday).contains(LocalDate.of(2027, 2, 28));
    }

    @Test
    void fullDateTurns23OnItsAnniversary() {
        var birthday = BirthDate.of(LocalDate.of(2004, 6, 15)).earliestBirthday(23);

        assertThat(birthday).contains(LocalDate.of(2027, 6, 15));
    }

    @Test
    void yearAndMonthCountFromFirstDay() {
        var birthday = new BirthDate(2004, 2, null).earliestBirthday(23);

        assertThat(birthday).contains(LocalDate.of(2027, 2, 1));
    }

    @Test
    void yearOnlyCountsFromFirstOfJanuary() {
        var birthday = new BirthDate(2004, null, null).earliestBirthday(23);

        assertThat(birthday).contains(LocalDate.of(2027, 1, 1));
    }

    @Test
    void unknownDateGivesNoBirthday() {
        var birthday = BirthDate.unknown().earliestBirthday(23);

        assertThat(birthday).isEmpty();
    }
}
