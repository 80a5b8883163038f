/**
 * Child and family matches between active signals, kept correct under concurrent registrations.
 * Publishes {@link nl.verwijsindex.matching.ProfessionalsMatched} for every professional that must be
 * introduced to other professionals.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.matching;
