package nl.verwijsindex.audit;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.system.database.OwnerDatabase;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the audit trail for assertions, and changes it as the owner role, which tests alone do.
 * {@link nl.verwijsindex.testing.TestRegion#reset()} leaves the trail alone, so entries of earlier
 * tests stay; a test that needs an empty chain calls {@link #reset}, and a test that reads what a
 * use case wrote reads the entries after {@link #lastSequence()}. Both reads first wait until the
 * background worker has chained every committed entry.
 */
public final class AuditChain {

    /** How long a read waits for the chaining worker, far above the milliseconds it takes. */
    private static final Duration CHAINING_TIMEOUT = Duration.ofSeconds(10);

    private final JdbcClient jdbc;
    private final ApplicationContext context;

    public AuditChain(JdbcClient jdbc, ApplicationContext context) {
        this.jdbc = jdbc;
        this.context = context;
    }

    /** Returns the last entry's number, or 0 when there is none. */
    public long lastSequence() {
        awaitChained();
        return jdbc.sql("select coalesce(max(sequence), (select sequence from audit_anchor)) from audit_entries")
                .query(Long.class)
                .single();
    }

    /** Returns the entries after the given number, in order, with every column but the hashes. */
    public List<Row> after(long sequence) {
        awaitChained();
        return jdbc.sql("select * from audit_entries where sequence > ? order by sequence")
                .param(sequence)
                .query((rs, row) -> new Row(
                        rs.getLong("sequence"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("action"),
                        rs.getString("outcome"),
                        rs.getString("actor_type"),
                        rs.getString("actor_id"),
                        rs.getString("actor_role"),
                        rs.getObject("actor_organisation_id", UUID.class),
                        rs.getObject("actor_municipality_id", UUID.class),
                        rs.getObject("on_behalf_of_id", UUID.class),
                        rs.getString("origin"),
                        rs.getString("object_type"),
                        rs.getString("object_id"),
                        hex(rs.getBytes("child_pseudonym")),
                        (Integer) rs.getObject("pseudonym_key_version"),
                        rs.getString("purpose")))
                .list();
    }

    /**
     * Waits until every committed entry is chained or set aside.
     *
     * @throws AssertionError when entries are still unchained after {@link #CHAINING_TIMEOUT}
     */
    public void awaitChained() {
        var deadline = System.nanoTime() + CHAINING_TIMEOUT.toNanos();
        while (unchained() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(unchained() + " audit entries are still unchained after " + CHAINING_TIMEOUT);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for audit chaining", e);
            }
        }
    }

    /** Returns how many committed entries have no sequence number yet and are not set aside. */
    public long unchained() {
        return jdbc.sql("select count(*) from audit_entries where sequence is null and not set_aside")
                .query(Long.class)
                .single();
    }

    /** Deletes every entry and puts the anchor back at 0, as the owner, under the append lock. */
    public void reset() throws SQLException {
        asOwner(List.of(
                "delete from audit_entries",
                "update audit_anchor set sequence = 0, hash = decode(repeat('00', 32), 'hex'), moved_at = null"));
    }

    /**
     * Runs statements as the owner in one transaction with the guard triggers switched off, as
     * someone with the owner's password could.
     */
    public void asOwner(List<String> statements) throws SQLException {
        try (var connection = OwnerDatabase.connect(context)) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("select pg_advisory_xact_lock(1635083380, 0)");
                statement.execute("select set_config('verwijsindex.audit_retention', 'on', true)");
                for (var sql : new ArrayList<>(statements)) {
                    statement.execute(sql);
                }
            }
            connection.commit();
        }
    }

    private static @Nullable String hex(byte @Nullable [] bytes) {
        return bytes == null ? null : HexFormat.of().formatHex(bytes);
    }

    /** An entry as the table stores it, without its hashes; {@code child} is the pseudonym in hex. */
    public record Row(
            long sequence,
            java.time.Instant recordedAt,
            String action,
            String outcome,
            @Nullable String actorType,
            @Nullable String actorId,
            @Nullable String actorRole,
            @Nullable UUID actorOrganisationId,
            @Nullable UUID actorMunicipalityId,
            @Nullable UUID onBehalfOf,
            @Nullable String origin,
            @Nullable String objectType,
            @Nullable String objectId,
            @Nullable String child,
            @Nullable Integer pseudonymKeyVersion,
            String purpose) {}
}
