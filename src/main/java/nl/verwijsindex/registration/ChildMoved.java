package nl.verwijsindex.registration;

import nl.verwijsindex.pseudonymisation.Pseudonym;

/**
 * The population register reports that a child with active signals now lives in another Dutch
 * municipality than when the index last looked. Published after the re-check that found it.
 *
 * @param child the child's pseudonym
 * @param fromMunicipalityCode the four-digit code of the municipality the child lived in before
 * @param toMunicipalityCode the four-digit code of the municipality the child lives in now
 */
public record ChildMoved(Pseudonym child, String fromMunicipalityCode, String toMunicipalityCode) {}
