package nl.verwijsindex.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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

    /**
     * Inserts entries that were all recorded at the same time with one statement, which sends each
     * column as an array.
     */
    void insertAll(List<StoredEntry> stored, Instant recordedAt) {
        int size = stored.size();
        var sequences = new Long[size];
        var columns = new String[9][size];
        var uuids = new UUID[3][size];
        var children = new byte[size][];
        var keyVersions = new Integer[size];
        var previousHashes = new byte[size][];
        var hashes = new byte[size][];
        for (int i = 0; i < size; i++) {
            var entry = stored.get(i).entry();
            var actor = entry.actor();
            var child = entry.child();
            sequences[i] = stored.get(i).sequence();
            columns[0][i] = entry.action().code();
            columns[1][i] = entry.outcome().code();
            columns[2][i] = actor == null ? null : actor.type();
            columns[3][i] = actor == null ? null : actor.id();
            columns[4][i] = actor == null ? null : actor.role();
            columns[5][i] = entry.origin();
            columns[6][i] = entry.objectType();
            columns[7][i] = entry.objectId();
            columns[8][i] = entry.purpose();
            uuids[0][i] = actor == null ? null : actor.organisationId();
            uuids[1][i] = actor == null ? null : actor.municipalityId();
            uuids[2][i] = entry.onBehalfOf();
            children[i] = child == null ? null : child.value();
            keyVersions[i] = child == null ? null : child.keyVersion();
            previousHashes[i] = stored.get(i).previousHash();
            hashes[i] = stored.get(i).hash();
        }
        jdbc.sql("insert into audit_entries (" + COLUMNS + ")"
                        + " select e.sequence, :recordedAt, e.action, e.outcome, e.actor_type, e.actor_id, e.actor_role,"
                        + " e.actor_organisation_id, e.actor_municipality_id, e.on_behalf_of_id, e.origin, e.object_type,"
                        + " e.object_id, e.child_pseudonym, e.pseudonym_key_version, e.purpose, e.previous_hash, e.hash"
                        + " from unnest(:sequences::bigint[], :actions::text[], :outcomes::text[], :actorTypes::text[],"
                        + " :actorIds::text[], :actorRoles::text[], :actorOrganisations::uuid[], :actorMunicipalities::uuid[],"
                        + " :onBehalfOf::uuid[], :origins::text[], :objectTypes::text[], :objectIds::text[],"
                        + " :children::bytea[], :keyVersions::integer[], :purposes::text[], :previousHashes::bytea[],"
                        + " :hashes::bytea[])"
                        + " as e(sequence, action, outcome, actor_type, actor_id, actor_role, actor_organisation_id,"
                        + " actor_municipality_id, on_behalf_of_id, origin, object_type, object_id, child_pseudonym,"
                        + " pseudonym_key_version, purpose, previous_hash, hash)")
                .param("recordedAt", Timestamp.from(recordedAt))
                .param("sequences", sequences)
                .param("actions", columns[0])
                .param("outcomes", columns[1])
                .param("actorTypes", columns[2])
                .param("actorIds", columns[3])
                .param("actorRoles", columns[4])
                .param("actorOrganisations", uuids[0])
                .param("actorMunicipalities", uuids[1])
                .param("onBehalfOf", uuids[2])
                .param("origins", columns[5])
                .param("objectTypes", columns[6])
                .param("objectIds", columns[7])
                .param("children", children)
                .param("keyVersions", keyVersions)
                .param("purposes", columns[8])
                .param("previousHashes", previousHashes)
                .param("hashes", hashes)
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
