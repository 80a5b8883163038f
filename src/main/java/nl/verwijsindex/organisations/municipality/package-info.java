/**
 * The pages about a municipality: its organisations (connect, suspend, resume) and its settings,
 * for the municipality's own officers and for functional administrators, and the functional
 * administrator's list of municipalities. {@link nl.verwijsindex.organisations.municipality.MunicipalityManagement}
 * checks the role and municipality of the logged-in account on every call.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.organisations.municipality;
