/**
 * Child and family matches between active signals, kept correct under concurrent registrations.
 * Publishes {@link nl.verwijsindex.matching.ProfessionalsMatched} for every professional that must be
 * introduced to other professionals, and {@link nl.verwijsindex.matching.ProfessionalLeftMatch} when a
 * professional's last signal in a continuing match ends. The pages and the API show each match's
 * coordination through {@link nl.verwijsindex.matching.MatchCoordination}, which another module implements.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.matching;
