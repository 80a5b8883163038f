package nl.verwijsindex.coordination.internal;

import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.testing.MutableClock;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores the municipality the index keeps for a child, as if the population register had named it.
 * The RvIG test data registers the children of {@link Matches} in 's-Gravenhage (0518), which is
 * not in the test region. Registration keeps a stored row, so call this before the child's first
 * signal.
 */
final class ChildResidenceRows {

    private final JdbcClient jdbc;
    private final Pseudonymisation pseudonymisation;
    private final MutableClock clock;

    ChildResidenceRows(JdbcClient jdbc, Pseudonymisation pseudonymisation, MutableClock clock) {
        this.jdbc = jdbc;
        this.pseudonymisation = pseudonymisation;
        this.clock = clock;
    }

    void livesIn(String bsn, String municipalityCode) {
        var child = pseudonymisation.pseudonymise(Bsn.of(bsn));
        jdbc.sql("""
                        insert into child_residences
                               (child_pseudonym, pseudonym_key_version, municipality_code, register_status, checked_on)
                        values (?, ?, ?, 'resident', ?)
                        on conflict (child_pseudonym) do update set municipality_code = excluded.municipality_code
                        """)
                .params(child.value(), child.keyVersion(), municipalityCode, clock.today())
                .update();
    }

    /** Deletes the row, as if the register had not responded yet. */
    void forget(String bsn) {
        jdbc.sql("delete from child_residences where child_pseudonym = ?")
                .param(pseudonymisation.pseudonymise(Bsn.of(bsn)).value())
                .update();
    }
}
