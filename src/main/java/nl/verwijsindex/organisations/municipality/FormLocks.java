package nl.verwijsindex.organisations.municipality;

import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises the forms that add a row with a unique value, so that two submissions of one value
 * cannot both pass the "already taken" check and then fail on the unique key. The municipality
 * forms and the designation of professionals use it. Each method takes a PostgreSQL advisory lock
 * on the value, held until the transaction ends, so the check and the insert of one value run in
 * one transaction at a time, also across nodes sharing the database.
 *
 * <p>The lock keys are two 32-bit numbers: a kind ("muni", "orgn", "mail" or "regn" in ASCII) and the
 * PostgreSQL {@code hashtext} of the value. Two values with the same hash only wait for each other.
 * A caller takes the municipality or organisation lock before the email lock, and designation
 * takes only the email lock, so two transactions cannot deadlock on these locks.
 */
@Component
public class FormLocks {

    private static final int MUNICIPALITY_CODE = 1836412521;
    private static final int ORGANISATION_NAME = 1869768558;
    private static final int ACCOUNT_EMAIL = 1835100524;
    private static final int REGION_NAME = 1919248238;

    private final JdbcClient jdbc;

    FormLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void lockMunicipalityCode(String code) {
        lock(MUNICIPALITY_CODE, code);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void lockOrganisationName(UUID municipalityId, String name) {
        lock(ORGANISATION_NAME, municipalityId + "/" + name);
    }

    /** Locks the name of a region ignoring case, because the region form rejects names that differ only in case. */
    @Transactional(propagation = Propagation.MANDATORY)
    void lockRegionName(String name) {
        lock(REGION_NAME, name.toLowerCase(Locale.ROOT));
    }

    /**
     * Locks the address ignoring case, because account and professional email addresses are unique
     * ignoring case. The designation of a professional takes this lock too.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockAccountEmail(String email) {
        lock(ACCOUNT_EMAIL, email.toLowerCase(Locale.ROOT));
    }

    private void lock(int kind, String value) {
        jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))")
                .params(kind, value)
                .query()
                .singleRow();
    }
}
