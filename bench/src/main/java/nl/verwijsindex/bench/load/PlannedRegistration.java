package nl.verwijsindex.bench.load;

import java.util.List;

/**
 * One registration the driver sends. {@code partners} are the own references of the signals that
 * this run registered earlier on the same child or on a sibling, by other professionals: the index
 * should match the new signal with each of them. {@code plannedMatches} is the number of children
 * among the child and its siblings that hold such a signal: the index makes one match per child, so
 * the new signal's professional should get that many match emails.
 */
record PlannedRegistration(
        Kind kind,
        String bsn,
        int organisation,
        String professionalId,
        String ownReference,
        List<String> partners,
        int plannedMatches) {

    PlannedRegistration {
        if (partners.isEmpty() != (plannedMatches == 0)) {
            throw new IllegalArgumentException("Invalid plannedMatches " + plannedMatches + " for " + partners.size()
                    + " partners: a registration with partners plans at least one match, one without plans none");
        }
    }
}
