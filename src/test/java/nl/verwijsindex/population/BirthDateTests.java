package nl.verwijsindex.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BirthDateTests {

    @Test
    void parsesCompleteDate() {
        var birthDate = BirthDate.parse("20140301");

        assertThat(birthDate).isEqualTo(new BirthDate(2014, 3, 1));
        assertThat(birthDate.earliestPossible()).contains(LocalDate.of(2014, 3, 1));
    }

    @Test
    void parsesYearAndMonth() {
        var birthDate = BirthDate.parse("19780600");

        assertThat(birthDate).isEqualTo(new BirthDate(1978, 6, null));
        assertThat(birthDate.earliestPossible()).contains(LocalDate.of(1978, 6, 1));
    }

    @Test
    void parsesYearOnly() {
        var birthDate = BirthDate.parse("19700000");

        assertThat(birthDate).isEqualTo(new BirthDate(1970, null, null));
        assertThat(birthDate.earliestPossible()).contains(LocalDate.of(1970, 1, 1));
    }

    @Test
    void parsesWhollyUnknownDate() {
        var birthDate = BirthDate.parse("00000000");

        assertThat(birthDate).isEqualTo(BirthDate.unknown());
        assertThat(birthDate.earliestPossible()).isEmpty();
        assertThat(birthDate.earliestBirthday(23)).isEmpty();
    }

    @Test
    void leapDayTurns23OnFebruary28InCommonYear() {
        var birthDate = BirthDate.parse("20080229");

        assertThat(birthDate.earliestBirthday(23)).contains(LocalDate.of(2031, 2, 28));
    }

    @Test
    void leapDayKeepsFebruary29InLeapYear() {
        var birthDate = BirthDate.parse("20080229");

        assertThat(birthDate.earliestBirthday(4)).contains(LocalDate.of(2012, 2, 29));
    }

    @Test
    void yearOnlyTurns23OnJanuaryFirst() {
        var birthDate = BirthDate.parse("20080000");

        assertThat(birthDate.earliestBirthday(23)).contains(LocalDate.of(2031, 1, 1));
    }

    @Test
    void yearAndMonthTurns23OnFirstOfMonth() {
        var birthDate = BirthDate.parse("20081200");

        assertThat(birthDate.earliestBirthday(23)).contains(LocalDate.of(2031, 12, 1));
    }

    @Test
    void completeDateTurns23OnBirthday() {
        var birthDate = BirthDate.parse("20031231");

        assertThat(birthDate.earliestBirthday(23)).contains(LocalDate.of(2026, 12, 31));
    }

    @Test
    void rejectsTextThatIsNotEightDigits() {
        assertThatThrownBy(() -> BirthDate.parse("2008061")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BirthDate.parse("2008-06-01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BirthDate.parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsDayThatDoesNotExist() {
        assertThatThrownBy(() -> BirthDate.parse("20110231")).isInstanceOf(DateTimeException.class);
    }
}
