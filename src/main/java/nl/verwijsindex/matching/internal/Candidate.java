package nl.verwijsindex.matching.internal;

import java.util.UUID;

/** The part of a signal that matching uses. */
record Candidate(UUID signalId, byte[] child, UUID professionalId) {}
