package nl.verwijsindex.population.internal;

/** Short English descriptions of the families in the demo children file, by the parent labels A, B, ... */
final class DemoDescriptions {

    private static final String ANY_TWO = "Signals on any two of them form a family match";

    private DemoDescriptions() {}

    /** Describes a family. A young parent's family must already be joined with the young parent's own family. */
    static String of(SyntheticFamily family) {
        int children = family.children().size();
        return switch (family.kind()) {
            case TWO_PARENTS -> "Parents A and B with " + children + " full siblings. " + ANY_TWO + ".";
            case ONE_PARENT ->
                "Parent A with " + children + " children and no other parent on record. " + ANY_TWO + ".";
            case PARENT_WITHOUT_BSN ->
                "Parent B has no BSN, so the children's records list only parent A. " + ANY_TWO + ", through parent A.";
            case HALF_SIBLINGS ->
                "Half siblings: every child has parent A, the older ones with parent B and"
                        + " the younger ones with parent C. " + ANY_TWO + ", through parent A.";
            case HALF_SIBLING_CHAIN ->
                "A chain of half siblings: the first and second child share parent A,"
                        + " the second and third share parent B, and the first and third share no parent."
                        + " Signals on only the first and third child form no family match.";
            // The young parent's family is joined after that of the young parent's own two parents.
            case YOUNG_PARENT ->
                "Three generations: C, under 23 at the anchor date, is a child of A and B, so C"
                        + " can be registered too. Signals on C and a brother or sister of C form a family match."
                        + " The children of C share no parent with C or with those brothers and sisters,"
                        + " so their signals match neither.";
        };
    }
}
