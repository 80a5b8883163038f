package nl.verwijsindex.access;

/**
 * The stored form of a password that passed the password policy, made by {@link
 * Accounts#hashPassword}. A caller that sets up many accounts at once hashes their passwords on
 * several threads first, because each hash takes tens to hundreds of milliseconds of CPU time.
 */
public record PasswordHash(String value) {

    /** Leaves the hash out, so that it never ends up in a log. */
    @Override
    public String toString() {
        return "PasswordHash[value hidden]";
    }
}
