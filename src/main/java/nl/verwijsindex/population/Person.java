package nl.verwijsindex.population;

import java.util.List;
import nl.verwijsindex.bsn.Bsn;

/**
 * What the index needs of one person's own record in the population register.
 *
 * @param bsn the person's BSN
 * @param birthDate the birth date, possibly partly or wholly unknown
 * @param deceased whether the register records the person's death
 * @param residence whether and where the person lives in a Dutch municipality
 * @param parentBsns the BSNs of the parents listed on this person's own record. Parents without a
 *     BSN are left out, and the parents' own records are never consulted
 * @param secret whether the person asked the register to withhold their data from third parties
 *     (geheimhouding); the index shows no personal data, so it does not change any rule here
 */
public record Person(
        Bsn bsn, BirthDate birthDate, boolean deceased, Residence residence, List<Bsn> parentBsns, boolean secret) {

    public Person {
        parentBsns = List.copyOf(parentBsns);
    }
}
