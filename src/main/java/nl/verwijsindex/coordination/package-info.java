/**
 * Coordination after a match (DESIGN.md's rule on coordination): the members of a match propose and
 * accept a coordinator (regievoerder) and record that contact was made, and each municipality keeps
 * an ordered list of organisation kinds that proposes a coordinator for every new match.
 * Other modules read and write that list through {@link nl.verwijsindex.coordination.CoordinatorPriorities}.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.coordination;
