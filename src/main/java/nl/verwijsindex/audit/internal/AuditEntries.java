package nl.verwijsindex.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code audit_entries} and {@code audit_anchor}. */
@Repository
class AuditEntries {

    /**
     * The advisory lock that serialises appends, as two 32-bit keys: "audt" in ASCII, and 0. The
     * function {@code audit_delete_expired} takes the same lock. Other locks of the index use the
     * one-key (64-bit) form, which PostgreSQL keeps apart from the two-key form.
     */
    static final String APPEND_LOCK = "select pg_advisory_xact_lock(1635083380, 0)";

    private static final String COLUMNS = """
            sequence, recorded_at, action, outcome, actor_type, actor_id, actor_role, actor_organisation_id,
            actor_municipality_id, on_behalf_of_id, origin, object_type, object_id, child_pseudonym,
            pseudonym_key_version, purpose, previous_hash, hash
            """;

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void lockForAppend() {
        jdbc.sql(APPEND_LOCK).query().singleRow();
    }

    /** Returns the last entry's sequence number and hash, or the anchor's when the table is empty. */
    ChainEnd lastLink() {
        return jdbc.sql("select sequence, hash from audit_entries order by sequence desc limit 1")
                .query((rs, row) -> new ChainEnd(rs.getLong("sequence"), rs.getBytes("hash")))
                .optional()
                .orElseGet(this::anchor);
    }

    ChainEnd anchor() {
        return jdbc.sql("select sequence, hash from audit_anchor where id = 1")
                .query((rs, row) -> new ChainEnd(rs.getLong("sequence"), rs.getBytes("hash")))
                .single();
    }

    void insert(StoredEntry stored) {
        var entry = stored.entry();
        var actor = entry.actor();
        var child = entry.child();
        jdbc.sql("insert into audit_entries (" + COLUMNS + ") values (:sequence, :recordedAt, :action, :outcome,"
                        + " :actorType, :actorId, :actorRole, :actorOrganisation, :actorMunicipality, :onBehalfOf,"
                        + " :origin, :objectType, :objectId, :child, :keyVersion, :purpose, :previousHash, :hash)")
                .param("sequence", stored.sequence())
                .param("recordedAt", Timestamp.from(stored.recordedAt()))
                .param("action", entry.action().code())
                .param("outcome", entry.outcome().code())
                .param("actorType", actor == null ? null : actor.type())
                .param("actorId", actor == null ? null : actor.id())
                .param("actorRole", actor == null ? null : actor.role())
                .param("actorOrganisation", actor == null ? null : actor.organisationId())
                .param("actorMunicipality", actor == null ? null : actor.municipalityId())
                .param("onBehalfOf", entry.onBehalfOf())
                .param("origin", entry.origin())
                .param("objectType", entry.objectType())
                .param("objectId", entry.objectId())
                .param("child", child == null ? null : child.value())
                .param("keyVersion", child == null ? null : child.keyVersion())
                .param("purpose", entry.purpose())
                .param("previousHash", stored.previousHash())
                .param("hash", stored.hash())
                .update();
    }

    /** Returns up to {@code limit} rows with a sequence number above {@code after}, in order. */
    List<Row> findAfter(long after, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_entries where sequence > ? order by sequence limit ?")
                .params(after, limit)
                .query((rs, row) -> new Row(rs.getLong("sequence"), map(rs)))
                .list();
    }

    /** Returns the newest entries that can be read, newest first. */
    List<StoredEntry> findLatest(int limit) {
        return jdbc
                .sql("select " + COLUMNS + " from audit_entries order by sequence desc limit ?")
                .param(limit)
                .query((rs, row) -> new Row(rs.getLong("sequence"), map(rs)))
                .list()
                .stream()
                .map(Row::stored)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** Returns the readable entries about the child, oldest first. */
    List<StoredEntry> findByChild(Pseudonym child) {
        return jdbc
                .sql("select " + COLUMNS + " from audit_entries"
                        + " where child_pseudonym = ? and pseudonym_key_version = ? order by sequence")
                .params(child.value(), child.keyVersion())
                .query((rs, row) -> new Row(rs.getLong("sequence"), map(rs)))
                .list()
                .stream()
                .map(Row::stored)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    long count() {
        return jdbc.sql("select count(*) from audit_entries").query(Long.class).single();
    }

    /**
     * Maps a row back to an entry. A row that breaks the rules of {@link AuditEntry}, for example
     * an action code that someone changed, maps to {@code null}.
     */
    private static @Nullable StoredEntry map(ResultSet rs) throws SQLException {
        try {
            var entry = new AuditEntry(
                    AuditAction.ofCode(rs.getString("action")),
                    AuditOutcome.ofCode(rs.getString("outcome")),
                    rs.getString("purpose"),
                    actor(rs),
                    rs.getObject("on_behalf_of_id", UUID.class),
                    rs.getString("origin"),
                    rs.getString("object_type"),
                    rs.getString("object_id"),
                    child(rs));
            return new StoredEntry(
                    rs.getLong("sequence"),
                    rs.getTimestamp("recorded_at").toInstant(),
                    entry,
                    rs.getBytes("previous_hash"),
                    rs.getBytes("hash"));
        } catch (IllegalArgumentException | NullPointerException unreadable) {
            return null;
        }
    }

    private static @Nullable AuditActor actor(ResultSet rs) throws SQLException {
        var type = rs.getString("actor_type");
        if (type == null) {
            return null;
        }
        return new AuditActor(
                type,
                rs.getString("actor_id"),
                rs.getString("actor_role"),
                rs.getObject("actor_organisation_id", UUID.class),
                rs.getObject("actor_municipality_id", UUID.class));
    }

    private static @Nullable Pseudonym child(ResultSet rs) throws SQLException {
        var value = rs.getBytes("child_pseudonym");
        if (value == null) {
            return null;
        }
        return new Pseudonym(rs.getInt("pseudonym_key_version"), value);
    }

    /**
     * A row of {@code audit_entries}.
     *
     * @param stored the entry, or {@code null} when the row's values break the rules of an entry
     */
    record Row(long sequence, @Nullable StoredEntry stored) {}

    /** The sequence number and hash that the next entry links to. */
    record ChainEnd(long sequence, byte[] hash) {}
}
