package nl.verwijsindex.registration;

import java.util.List;
import java.util.Optional;
import nl.verwijsindex.pseudonymisation.EncryptedBsn;
import nl.verwijsindex.pseudonymisation.Pseudonym;

/**
 * Lists the children that have at least one active signal, with the encrypted BSN stored with their
 * signals, for the job that looks them up in the population register again. Decrypt the BSN only in
 * memory, and only to ask the register.
 */
public interface ActiveChildren {

    /** A child with active signals, and its BSN as encrypted with its most recent active signal. */
    record ActiveChild(Pseudonym child, EncryptedBsn bsn) {}

    /** Returns every child with an active signal, ordered by pseudonym. */
    List<ActiveChild> findAll();

    /** Returns the child when it has an active signal. */
    Optional<ActiveChild> find(Pseudonym child);
}
