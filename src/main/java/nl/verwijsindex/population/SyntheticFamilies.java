package nl.verwijsindex.population;

import java.util.List;
import nl.verwijsindex.bsn.Bsn;

/**
 * The families of the synthetic population, for the demo that registers signals on its children. Other
 * population registers offer no families.
 */
public interface SyntheticFamilies {

    /**
     * Returns the families in the order in which they were generated, each with its children's records.
     * The list is empty when the population register is not the synthetic population.
     */
    List<Family> families();

    /** A family: its children are full or half siblings, and some share no parent at all. */
    record Family(List<Person> children) {

        public Family {
            children = List.copyOf(children);
        }

        /** Returns the BSNs of the children, in the family's order. */
        public List<Bsn> childBsns() {
            return children.stream().map(Person::bsn).toList();
        }
    }
}
