package nl.verwijsindex.population.internal;

import java.time.LocalDate;
import java.util.List;
import nl.verwijsindex.bsn.Bsn;
import org.jspecify.annotations.Nullable;

/**
 * One family of the synthetic population as it was generated, including parents without a BSN,
 * which the persons' records leave out.
 *
 * @param parents every parent of a child in the family
 * @param children the children, each naming its parents by their index in {@code parents}
 */
record SyntheticFamily(Kind kind, List<Parent> parents, List<Child> children) {

    SyntheticFamily {
        parents = List.copyOf(parents);
        children = List.copyOf(children);
    }

    enum Kind {
        /** Two parents with BSNs and their children, who are full siblings. */
        TWO_PARENTS,
        /** One parent and their children. */
        ONE_PARENT,
        /** Parent 0 has older children with parent 1 and younger children with parent 2. */
        HALF_SIBLINGS,
        /**
         * Three half siblings in a chain: the first shares parent 0 with the second, the second shares
         * parent 1 with the third, and the first and third share no parent.
         */
        HALF_SIBLING_CHAIN,
        /**
         * Parent 0 is under 23 and a child of an earlier two-parent family; parent 1, if present, is a
         * partner of about the same age.
         */
        YOUNG_PARENT,
        /** Two parents, of whom parent 1 has no BSN, for example because they were never registered. */
        PARENT_WITHOUT_BSN
    }

    record Parent(@Nullable Bsn bsn, LocalDate birthDate) {}

    record Child(Bsn bsn, List<Integer> parents) {

        Child {
            parents = List.copyOf(parents);
        }
    }
}
