/**
 * Coordination after a match. The members of a match propose and accept a coordinator
 * (regievoerder) and record that contact was made. Each municipality keeps an ordered list of
 * organisation kinds that proposes a coordinator for every new match, and other modules read and
 * write it through {@link nl.verwijsindex.coordination.CoordinatorPriorities}.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.coordination;
