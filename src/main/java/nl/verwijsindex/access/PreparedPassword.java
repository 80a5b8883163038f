package nl.verwijsindex.access;

/**
 * A password that the password policy accepted, with its hash. Hashing a password takes tens of
 * milliseconds of CPU time (an estimate from the demo seeding's log, about 70 ms per account with
 * its inserts), so a caller that sets many passwords at once can prepare them ahead, on another
 * thread and outside its transaction. Get one from {@link Accounts#prepare(String)}.
 *
 * @param hash the encoded hash that the account stores
 */
public record PreparedPassword(String hash) {

    @Override
    public String toString() {
        return "PreparedPassword[hash hidden]";
    }
}
