/**
 * Municipalities, the organisations connected to them and the professionals those organisations
 * designate. Other modules read professionals through {@link nl.verwijsindex.organisations.Professionals}.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.organisations;
