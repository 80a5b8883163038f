package nl.verwijsindex.population.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.population.BirthDate;
import nl.verwijsindex.population.Person;
import nl.verwijsindex.population.Residence;
import nl.verwijsindex.population.internal.RvigPersonMapper.SkipReason;
import nl.verwijsindex.testing.SharedFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the RvIG test persons and checks persons chosen for each kind of record the file contains. */
class FilePopulationRegisterTests {

    private static FilePopulationRegister register;

    @BeforeAll
    static void load() {
        register = FilePopulationRegister.load(SharedFiles.RVIG_PERSONS);
    }

    @Test
    void loadsEveryPersonThatCanCount() {
        assertThat(register.size()).isEqualTo(1_174);
        assertThat(register.skipped())
                .isEqualTo(Map.of(SkipReason.INVALID_BSN, 1, SkipReason.SUSPENDED_BY_MINISTERIAL_DECISION, 1));
    }

    @Test
    void mapsBirthYearOnly() {
        var person = find("999970586");

        assertThat(person.birthDate()).isEqualTo(new BirthDate(1970, null, null));
        assertThat(person.residence()).isEqualTo(Residence.in("0518"));
        assertThat(person.deceased()).isFalse();
    }

    @Test
    void mapsBirthYearAndMonth() {
        var person = find("999970598");

        assertThat(person.birthDate()).isEqualTo(new BirthDate(1978, 6, null));
        assertThat(person.residence()).isEqualTo(Residence.in("0518"));
    }

    @Test
    void mapsWhollyUnknownBirthDate() {
        var person = find("999994220");

        assertThat(person.birthDate()).isEqualTo(BirthDate.unknown());
        assertThat(person.residence()).isEqualTo(Residence.in("0518"));
    }

    @Test
    void mapsMissingBirthAsUnknown() {
        var person = find("999990962");

        assertThat(person.birthDate()).isEqualTo(BirthDate.unknown());
        assertThat(person.residence()).isEqualTo(Residence.in("1810"));
    }

    @Test
    void mapsDeceasedChild() {
        var person = find("999971177");

        assertThat(person)
                .isEqualTo(new Person(
                        bsn("999971177"),
                        BirthDate.of(LocalDate.of(2016, 3, 29)),
                        true,
                        Residence.in("0627"),
                        List.of(bsn("999971116"), bsn("999971128")),
                        false));
    }

    @Test
    void mapsDeceasedNonResident() {
        var person = find("999990305");

        assertThat(person.deceased()).isTrue();
        assertThat(person.residence()).isEqualTo(Residence.nonResident());
    }

    @Test
    void mapsEmigratedPerson() {
        var person = find("999990585");

        assertThat(person)
                .isEqualTo(new Person(
                        bsn("999990585"),
                        BirthDate.of(LocalDate.of(1989, 4, 1)),
                        false,
                        Residence.emigrated(),
                        List.of(),
                        false));
    }

    @Test
    void mapsNonResident() {
        var person = find("999991504");

        assertThat(person)
                .isEqualTo(new Person(
                        bsn("999991504"),
                        BirthDate.of(LocalDate.of(1988, 4, 1)),
                        false,
                        Residence.nonResident(),
                        List.of(),
                        false));
    }

    @Test
    void mapsPersonUnderSecrecy() {
        var person = find("100600220");

        assertThat(person.secret()).isTrue();
        assertThat(person.birthDate()).isEqualTo(BirthDate.of(LocalDate.of(1919, 12, 19)));
        assertThat(person.residence()).isEqualTo(Residence.in("1916"));
    }

    @Test
    void personWithoutSecrecyIsNotSecret() {
        assertThat(find("999970033").secret()).isFalse();
    }

    @Test
    void mapsChildWithTwoParentBsns() {
        var person = find("999970033");

        assertThat(person)
                .isEqualTo(new Person(
                        bsn("999970033"),
                        BirthDate.of(LocalDate.of(2017, 1, 1)),
                        false,
                        Residence.in("0518"),
                        List.of(bsn("999999126"), bsn("999999163")),
                        false));
    }

    @Test
    void countsParentWhoseRecordDoesNotListChild() {
        // The record of parent 999999126 lists only child 999999151, not 999970033. Only the
        // child's own record counts, so the parent is still there.
        var child = find("999970033");

        assertThat(child.parentBsns()).contains(bsn("999999126"));
        assertThat(register.findPerson(bsn("999999126"))).isPresent();
    }

    @Test
    void leavesOutParentWithoutBsn() {
        var person = find("999998481");

        assertThat(person.parentBsns()).containsExactly(bsn("999998468"));
    }

    @Test
    void mapsLeapDayChildWithParentWithoutBsn() {
        var person = find("900194042");

        assertThat(person.birthDate()).isEqualTo(BirthDate.of(LocalDate.of(2008, 2, 29)));
        assertThat(person.birthDate().earliestBirthday(23)).contains(LocalDate.of(2031, 2, 28));
        assertThat(person.parentBsns()).containsExactly(bsn("900194054"));
        assertThat(person.residence()).isEqualTo(Residence.in("0599"));
    }

    @Test
    void invalidBsnRecordIsNotFound() {
        // The file contains a person with the number 999999245, which fails the 11-test: no Bsn can be
        // made for it, so no lookup reaches it. The parent on that record is a person of its own.
        assertThat(Bsn.isValid("999999245")).isFalse();
        assertThat(register.skipped()).containsEntry(SkipReason.INVALID_BSN, 1);
        assertThat(register.findPerson(bsn("999998821"))).isPresent();
    }

    @Test
    void recordSuspendedByMinisterialDecisionIsNotFound() {
        assertThat(register.findPerson(bsn("999993586"))).isEmpty();
    }

    @Test
    void unknownBsnIsNotFound() {
        assertThat(register.findPerson(bsn("123456782"))).isEmpty();
    }

    private static Person find(String digits) {
        return register.findPerson(bsn(digits)).orElseThrow();
    }

    private static Bsn bsn(String digits) {
        return Bsn.of(digits);
    }
}
