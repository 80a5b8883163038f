package nl.verwijsindex.matching.internal;

import java.util.UUID;

/** An active signal as matching sees it. */
record Candidate(UUID signalId, byte[] child, UUID professionalId) {}
