package nl.verwijsindex.population.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.population.BirthDate;
import nl.verwijsindex.population.Person;
import nl.verwijsindex.population.Residence;
import nl.verwijsindex.population.internal.RvigPersonMapper.SkipReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads small persons files written for one case each: suspensions, odd values and broken files. */
class PersonsFileEdgeCasesTests {

    private static final String CHILD = "111111110";
    private static final String OTHER = "111111122";
    private static final String PARENT = "111111134";

    @TempDir
    Path folder;

    @Test
    void skipsRecordMadeInError() throws IOException {
        var register = load(person(CHILD, "\"opschortingBijhouding\": " + suspension("F")));

        assertThat(register.findPerson(Bsn.of(CHILD))).isEmpty();
        assertThat(register.skipped()).isEqualTo(Map.of(SkipReason.SUSPENDED_IN_ERROR, 1));
    }

    @Test
    void skipsRecordSuspendedByMinisterialDecision() throws IOException {
        var register = load(person(CHILD, "\"opschortingBijhouding\": " + suspension("M")));

        assertThat(register.findPerson(Bsn.of(CHILD))).isEmpty();
        assertThat(register.skipped()).isEqualTo(Map.of(SkipReason.SUSPENDED_BY_MINISTERIAL_DECISION, 1));
    }

    @Test
    void skipsRecordSuspendedForUnknownReason() throws IOException {
        var register = load(
                person(CHILD, "\"opschortingBijhouding\": " + suspension(".")),
                person(OTHER, "\"opschortingBijhouding\": " + suspension("X")),
                person(PARENT, "\"opschortingBijhouding\": {\"datum\": \"20200101\"}"));

        assertThat(register.size()).isZero();
        assertThat(register.skipped()).isEqualTo(Map.of(SkipReason.SUSPENDED_FOR_UNKNOWN_REASON, 3));
    }

    @Test
    void readsEmptySuspensionAsNone() throws IOException {
        var register = load(person(CHILD, "\"opschortingBijhouding\": {}"));

        assertThat(find(register, CHILD).residence()).isEqualTo(Residence.in("0518"));
    }

    @Test
    void mapsEmigrationWhateverTheMunicipality() throws IOException {
        var register = load(person(CHILD, "\"opschortingBijhouding\": " + suspension("E")));

        assertThat(find(register, CHILD).residence()).isEqualTo(Residence.emigrated());
    }

    @Test
    void mapsMunicipality1999AsNonResident() throws IOException {
        var register = load(record(CHILD, "\"gemeenteVanInschrijving\": {\"code\": \"1999\"}"));

        assertThat(find(register, CHILD).residence()).isEqualTo(Residence.nonResident());
    }

    @Test
    void mapsDeathSuspensionWithoutDeathBlock() throws IOException {
        var register = load(person(CHILD, "\"opschortingBijhouding\": " + suspension("O")));

        var person = find(register, CHILD);
        assertThat(person.deceased()).isTrue();
        assertThat(person.residence()).isEqualTo(Residence.in("0518"));
    }

    @Test
    void readsEmptyDeathBlockAsAlive() throws IOException {
        var register = load(person(CHILD, "\"overlijden\": {}"));

        assertThat(find(register, CHILD).deceased()).isFalse();
    }

    @Test
    void readsSecrecyZeroAsNotSecret() throws IOException {
        var register = load(
                person(CHILD, "\"geheimhoudingPersoonsgegevens\": \"0\""),
                person(OTHER, "\"geheimhoudingPersoonsgegevens\": 7"));

        assertThat(find(register, CHILD).secret()).isFalse();
        assertThat(find(register, OTHER).secret()).isTrue();
    }

    @Test
    void leavesOutInvalidAndRepeatedParentBsns() throws IOException {
        var parents =
                "\"ouders\": [{\"burgerservicenummer\": \"" + PARENT + "\"}, {\"burgerservicenummer\": \"123456789\"},"
                        + " {\"burgerservicenummer\": \"" + PARENT + "\"}, {}, null]";
        var register = load(person(CHILD, parents));

        assertThat(find(register, CHILD).parentBsns()).containsExactly(Bsn.of(PARENT));
    }

    @Test
    void readsImpossibleBirthDateAsUnknown() throws IOException {
        var register = load(record(
                CHILD, "\"geboorte\": {\"datum\": \"20110231\"}, \"gemeenteVanInschrijving\": {\"code\": \"0518\"}"));

        assertThat(find(register, CHILD).birthDate()).isEqualTo(BirthDate.unknown());
    }

    @Test
    void skipsRecordWithoutMunicipality() throws IOException {
        var register = load(record(CHILD, "\"geboorte\": {\"datum\": \"20150101\"}"));

        assertThat(register.skipped()).isEqualTo(Map.of(SkipReason.MISSING_MUNICIPALITY, 1));
    }

    @Test
    void skipsRecordWithoutBsn() throws IOException {
        var register = load("{\"gemeenteVanInschrijving\": {\"code\": \"0518\"}}", "null");

        assertThat(register.skipped()).isEqualTo(Map.of(SkipReason.INVALID_BSN, 2));
    }

    @Test
    void failsOnDuplicateBsnWithoutNamingIt() throws IOException {
        var file = write(person(OTHER, ""), person(CHILD, ""), person(CHILD, ""));

        assertThatThrownBy(() -> FilePopulationRegister.load(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("positions 2 and 3")
                .message()
                .doesNotContain(CHILD);
    }

    @Test
    void acceptsDuplicateOfRecordMadeInError() throws IOException {
        var register = load(
                person(CHILD, "\"opschortingBijhouding\": " + suspension("F")),
                person(CHILD, "\"geheimhoudingPersoonsgegevens\": \"1\""));

        assertThat(find(register, CHILD).secret()).isTrue();
    }

    @Test
    void failsOnMissingFileNamingPathAndSetting() {
        var file = folder.resolve("missing.json");

        assertThatThrownBy(() -> FilePopulationRegister.load(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("VERWIJSINDEX_POPULATION_FILE");
    }

    @Test
    void failsOnTextThatIsNotJson() throws IOException {
        var file = folder.resolve("persons.json");
        Files.writeString(file, "this is not JSON");

        assertThatThrownBy(() -> FilePopulationRegister.load(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not a JSON array of persons");
    }

    @Test
    void failsOnWrongShapeWithoutQuotingValue() throws IOException {
        var file = write(record(CHILD, "\"geboorte\": \"" + OTHER + "\""));

        assertThatThrownBy(() -> FilePopulationRegister.load(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("geboorte")
                .hasNoCause()
                .message()
                .doesNotContain(OTHER);
    }

    private FilePopulationRegister load(String... records) throws IOException {
        return FilePopulationRegister.load(write(records));
    }

    private Path write(String... records) throws IOException {
        return Files.writeString(folder.resolve("persons.json"), "[" + String.join(",\n", records) + "]");
    }

    /** Returns a record of a resident of 's-Gravenhage born on 1 January 2015, with the extra fields given. */
    private static String person(String bsn, String fields) {
        var common = "\"geboorte\": {\"datum\": \"20150101\"}, \"gemeenteVanInschrijving\": {\"code\": \"0518\"}";
        return record(bsn, fields.isEmpty() ? common : common + ", " + fields);
    }

    private static String record(String bsn, String fields) {
        return "{\"burgerservicenummer\": \"" + bsn + "\", " + fields + "}";
    }

    private static String suspension(String code) {
        return "{\"datum\": \"20200101\", \"reden\": {\"code\": \"" + code + "\"}}";
    }

    private static Person find(FilePopulationRegister register, String bsn) {
        return register.findPerson(Bsn.of(bsn)).orElseThrow();
    }
}
