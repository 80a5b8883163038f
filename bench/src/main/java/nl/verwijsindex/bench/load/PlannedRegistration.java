package nl.verwijsindex.bench.load;

import java.util.List;

/**
 * One registration the driver sends. {@code partners} are the own references of the signals that
 * this run registered earlier on the same child or on a sibling, by other professionals: the index
 * should match the new signal with each of them.
 */
record PlannedRegistration(
        Kind kind,
        String bsn,
        int organisation,
        String professionalId,
        String ownReference,
        List<String> partners) {}
