package nl.verwijsindex.access;

import java.util.List;
import java.util.UUID;

/**
 * Reads the login accounts of a municipality's officers. {@link Invitations} adds an officer and
 * {@link Accounts} deactivates and reactivates one. Neither checks who calls, so the calling
 * service checks that the signed-in account may manage the municipality.
 */
public interface MunicipalOfficers {

    /** Lists the municipality's officer accounts, ordered by name, in every status. */
    List<OfficerAccount> of(UUID municipalityId);

    /**
     * Lists the municipality's officer accounts as {@link #of} does, and locks their rows until the
     * caller's transaction ends. Two requests that each deactivate one of the last two active
     * officers then run one after the other, so the second reads the first's change.
     *
     * @throws org.springframework.transaction.IllegalTransactionStateException when called outside a
     *     transaction, because the lock would end at once
     */
    List<OfficerAccount> lockAll(UUID municipalityId);
}
