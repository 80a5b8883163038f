package nl.verwijsindex.access;

import java.util.Optional;
import java.util.UUID;

/** Reads the municipality that a municipal officer's account works for. */
public interface AccountMunicipalities {

    /** Returns the municipality of a municipal officer's account; empty for every other role and unknown ids. */
    Optional<UUID> municipalityOf(SignedInAccount account);
}
