package nl.verwijsindex.access;

import java.util.Locale;
import java.util.UUID;

/**
 * The login account of a municipal officer, as the page that manages a municipality's officers
 * lists it.
 *
 * @param language the language of the account's emails and pages
 */
public record OfficerAccount(UUID id, String name, String email, Locale language, AccountStatus status) {

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }
}
