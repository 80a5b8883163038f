package nl.verwijsindex.reporting.internal;

import java.util.Collection;
import nl.verwijsindex.organisations.OrganisationKind;

/**
 * A count for each organisation kind and a total. For signals the total is the sum of the kinds. A
 * match or a child counts once in the total and once for each kind among its organisations, so for
 * them the kinds can add up to more than the total.
 */
final class KindCounts {

    private final int[] byKind = new int[OrganisationKind.values().length];
    private int total;

    /** Adds signals of one organisation kind. */
    void add(OrganisationKind kind, int count) {
        byKind[kind.ordinal()] += count;
        total += count;
    }

    /** Adds one match or child, under each of the given kinds. */
    void addOnce(Collection<OrganisationKind> kinds) {
        for (var kind : kinds) {
            byKind[kind.ordinal()]++;
        }
        total++;
    }

    int of(OrganisationKind kind) {
        return byKind[kind.ordinal()];
    }

    int total() {
        return total;
    }
}
