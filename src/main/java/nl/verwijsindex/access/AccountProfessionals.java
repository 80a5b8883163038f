package nl.verwijsindex.access;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Reads which professional each login account belongs to, for letters that name who acted. */
public interface AccountProfessionals {

    /**
     * Returns the professional of each given account, keyed by account id. Accounts that are not a
     * professional's, and unknown ids, are left out.
     */
    Map<UUID, UUID> of(Collection<UUID> accountIds);
}
