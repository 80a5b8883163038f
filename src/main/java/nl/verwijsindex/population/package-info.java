/**
 * The population register (BRP) as seen by the index: birth date, death, residence and the parents
 * named on a person's own record. {@link nl.verwijsindex.population.PopulationRegister} is the port;
 * adapters ask the BRP Personen API, read the RvIG test persons file or generate a synthetic
 * population.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.population;
