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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code audit_entries} and {@code audit_anchor}. */
@Repository
class AuditEntries {

    /**
     * The advisory lock that serialises chaining, as two 32-bit keys: "audt" in ASCII, and 0. The
     * function {@code audit_delete_expired} takes the same lock. Other locks of the index use the
     * one-key (64-bit) form, which PostgreSQL keeps apart from the two-key form.
     */
    static final String APPEND_LOCK = "select pg_advisory_xact_lock(1635083380, 0)";

    private static final String CONTENT_COLUMNS = """
            recorded_at, action, outcome, actor_type, actor_id, actor_role, actor_organisation_id,
            actor_municipality_id, on_behalf_of_id, origin, object_type, object_id, child_pseudonym,
            pseudonym_key_version, purpose
            """;

    private static final String COLUMNS = """
            sequence, recorded_at, action, outcome, actor_type, actor_id, actor_role, actor_organisation_id,
            actor_municipality_id, on_behalf_of_id, origin, object_type, object_id, child_pseudonym,
            pseudonym_key_version, purpose, previous_hash, hash
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    AuditEntries(JdbcTemplate jdbcTemplate) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.jdbcTemplate = jdbcTemplate;
    }

    void lockForAppend() {
        jdbc.sql(APPEND_LOCK).query().singleRow();
    }

    /** Returns the last entry's sequence number and hash, or the anchor's when the table is empty. */
    ChainEnd lastLink() {
        return jdbc.sql("select sequence, hash from audit_entries where sequence is not null"
                        + " order by sequence desc limit 1")
                .query((rs, row) -> new ChainEnd(rs.getLong("sequence"), rs.getBytes("hash")))
                .optional()
                .orElseGet(this::anchor);
    }

    ChainEnd anchor() {
        return jdbc.sql("select sequence, hash from audit_anchor where id = 1")
                .query((rs, row) -> new ChainEnd(rs.getLong("sequence"), rs.getBytes("hash")))
                .single();
    }

    /** Inserts the entry without a place in the chain. {@link #chain} gives it one later. */
    void insertUnchained(Instant recordedAt, AuditEntry entry) {
        var actor = entry.actor();
        var child = entry.child();
        jdbc.sql("insert into audit_entries (" + CONTENT_COLUMNS + ") values (:recordedAt, :action, :outcome,"
                        + " :actorType, :actorId, :actorRole, :actorOrganisation, :actorMunicipality, :onBehalfOf,"
                        + " :origin, :objectType, :objectId, :child, :keyVersion, :purpose)")
                .param("recordedAt", Timestamp.from(recordedAt))
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
                .update();
    }

    /**
     * Inserts entries that were all recorded at the same time without a place in the chain, with one
     * statement that sends each column as an array.
     */
    void insertAllUnchained(List<AuditEntry> batch, Instant recordedAt) {
        int size = batch.size();
        var columns = new String[9][size];
        var uuids = new UUID[3][size];
        var children = new byte[size][];
        var keyVersions = new Integer[size];
        for (int i = 0; i < size; i++) {
            var entry = batch.get(i);
            var actor = entry.actor();
            var child = entry.child();
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
        }
        jdbc.sql("insert into audit_entries (" + CONTENT_COLUMNS + ")"
                        + " select :recordedAt, e.action, e.outcome, e.actor_type, e.actor_id, e.actor_role,"
                        + " e.actor_organisation_id, e.actor_municipality_id, e.on_behalf_of_id, e.origin, e.object_type,"
                        + " e.object_id, e.child_pseudonym, e.pseudonym_key_version, e.purpose"
                        + " from unnest(:actions::text[], :outcomes::text[], :actorTypes::text[],"
                        + " :actorIds::text[], :actorRoles::text[], :actorOrganisations::uuid[], :actorMunicipalities::uuid[],"
                        + " :onBehalfOf::uuid[], :origins::text[], :objectTypes::text[], :objectIds::text[],"
                        + " :children::bytea[], :keyVersions::integer[], :purposes::text[]) with ordinality"
                        + " as e(action, outcome, actor_type, actor_id, actor_role, actor_organisation_id,"
                        + " actor_municipality_id, on_behalf_of_id, origin, object_type, object_id, child_pseudonym,"
                        + " pseudonym_key_version, purpose, position) order by e.position")
                .param("recordedAt", Timestamp.from(recordedAt))
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
                .update();
    }

    /**
     * Returns up to {@code limit} committed entries without a place in the chain, in the order
     * they were inserted. A row whose values break the rules of {@link AuditEntry} has a {@code
     * null} entry.
     */
    List<Unchained> findUnchained(int limit) {
        return jdbc.sql("select id, " + CONTENT_COLUMNS + " from audit_entries where sequence is null"
                        + " order by id limit ?")
                .param(limit)
                .query((rs, row) -> new Unchained(
                        rs.getLong("id"), rs.getTimestamp("recorded_at").toInstant(), entry(rs)))
                .list();
    }

    /** Gives each entry its sequence number and hashes, in one batch. */
    void chain(List<Link> links) {
        jdbcTemplate.batchUpdate(
                "update audit_entries set sequence = ?, previous_hash = ?, hash = ? where id = ? and sequence is null",
                links,
                links.size(),
                (statement, link) -> {
                    statement.setLong(1, link.sequence());
                    statement.setBytes(2, link.previousHash());
                    statement.setBytes(3, link.hash());
                    statement.setLong(4, link.id());
                });
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
                .sql("select " + COLUMNS + " from audit_entries where sequence is not null"
                        + " order by sequence desc limit ?")
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
                        + " where child_pseudonym = ? and pseudonym_key_version = ? and sequence is not null"
                        + " order by sequence")
                .params(child.value(), child.keyVersion())
                .query((rs, row) -> new Row(rs.getLong("sequence"), map(rs)))
                .list()
                .stream()
                .map(Row::stored)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /**
     * Maps a row back to an entry. A row that breaks the rules of {@link AuditEntry}, for example
     * an action code that someone changed, maps to {@code null}.
     */
    private static @Nullable StoredEntry map(ResultSet rs) throws SQLException {
        var entry = entry(rs);
        if (entry == null) {
            return null;
        }
        return new StoredEntry(
                rs.getLong("sequence"),
                rs.getTimestamp("recorded_at").toInstant(),
                entry,
                rs.getBytes("previous_hash"),
                rs.getBytes("hash"));
    }

    private static @Nullable AuditEntry entry(ResultSet rs) throws SQLException {
        try {
            return new AuditEntry(
                    AuditAction.ofCode(rs.getString("action")),
                    AuditOutcome.ofCode(rs.getString("outcome")),
                    rs.getString("purpose"),
                    actor(rs),
                    rs.getObject("on_behalf_of_id", UUID.class),
                    rs.getString("origin"),
                    rs.getString("object_type"),
                    rs.getString("object_id"),
                    child(rs));
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

    /**
     * A committed entry that has no place in the chain yet.
     *
     * @param id the row's id, in the order of insertion
     * @param entry the entry, or {@code null} when the row's values break the rules of an entry
     */
    record Unchained(long id, Instant recordedAt, @Nullable AuditEntry entry) {}

    /** The place in the chain given to the unchained row {@code id}. */
    record Link(long id, long sequence, byte[] previousHash, byte[] hash) {}
}
