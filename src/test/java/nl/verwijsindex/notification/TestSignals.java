package nl.verwijsindex.notification;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;
import nl.verwijsindex.registration.SignalReference;
import nl.verwijsindex.testing.TestRegion;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Active signals written straight into the {@code signals} table. Notification tests need only a
 * signal's number and own reference, so they do without the population register and matching.
 */
public final class TestSignals {

    private static final SecureRandom random = new SecureRandom();

    private final JdbcClient jdbc;

    public TestSignals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores an active signal of the professional on a random child, registered on the given day. */
    public SignalReference register(TestRegion.Person professional, @Nullable String ownReference, LocalDate on) {
        var id = UUID.randomUUID();
        long number = jdbc.sql("""
                        insert into signals (id, child_pseudonym, parent_pseudonyms, pseudonym_key_version,
                               bsn_ciphertext, encryption_key_version, professional_id, organisation_id,
                               registered_on, end_date, own_reference, status, created_at)
                        values (?, ?, '{}', 1, ?, 1, ?, ?, ?, ?, ?, 'active', ?)
                        returning number
                        """)
                .params(
                        id,
                        randomBytes(32),
                        randomBytes(40),
                        professional.id(),
                        professional.organisation().id(),
                        on,
                        on.plusYears(1),
                        ownReference,
                        Timestamp.valueOf(on.atStartOfDay()))
                .query(Long.class)
                .single();
        return new SignalReference(id, number, ownReference);
    }

    /** Deletes the signal without any event, as if it was destroyed by a path that does not publish one. */
    public void delete(UUID signalId) {
        jdbc.sql("delete from signals where id = ?").param(signalId).update();
    }

    private static byte[] randomBytes(int length) {
        var bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
