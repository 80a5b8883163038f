/**
 * Adapters of the population register: the BRP Personen API client, the RvIG persons file and the
 * synthetic population.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.population.internal;
