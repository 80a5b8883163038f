package nl.verwijsindex.bench.population;

import java.time.LocalDate;
import java.util.List;

/**
 * One person of the {@link NationalPopulation}, with what the BRP Personen API returns about them.
 *
 * @param prefix the family name's prefix (voorvoegsel), empty when there is none
 * @param municipalityCode the municipality of registration (BRP table 33), or {@code 1999} (RNI) after emigration
 * @param parents the BSNs of the parents on the person's record: none for an adult, one or two for a child
 * @param children the BSNs of the person's children, of any age and status
 * @param deathDate the day of death, or null
 * @param emigrationDate the day the person left the country, or null
 * @param child whether the person is one of the population's children (0 to 22 on the reference day)
 */
public record Person(
        String bsn,
        String givenName,
        String prefix,
        String surname,
        boolean male,
        LocalDate birthDate,
        String municipalityCode,
        String municipalityName,
        List<String> parents,
        List<String> children,
        LocalDate deathDate,
        LocalDate emigrationDate,
        boolean child) {

    /** Checks the rules the index applies to a child of a new signal: alive, resident and under 23 on the day. */
    public boolean eligibleOn(LocalDate day) {
        return deathDate == null
                && emigrationDate == null
                && !birthDate.isAfter(day)
                && birthDate.plusYears(23).isAfter(day);
    }
}
