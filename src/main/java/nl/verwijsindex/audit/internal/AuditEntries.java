package nl.verwijsindex.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.system.database.ColumnArrays;
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
     * statement that sends each column as an array. The rows are inserted in the list's order, so their
     * ids follow it.
     */
    void insertAllUnchained(List<AuditEntry> batch, Instant recordedAt) {
        var columns = ColumnArrays.of(batch)
                .text("action", entry -> entry.action().code())
                .text("outcome", entry -> entry.outcome().code())
                .text("actor_type", entry -> actorValue(entry, AuditActor::type))
                .text("actor_id", entry -> actorValue(entry, AuditActor::id))
                .text("actor_role", entry -> actorValue(entry, AuditActor::role))
                .uuid("actor_organisation_id", entry -> actorValue(entry, AuditActor::organisationId))
                .uuid("actor_municipality_id", entry -> actorValue(entry, AuditActor::municipalityId))
                .uuid("on_behalf_of_id", AuditEntry::onBehalfOf)
                .text("origin", AuditEntry::origin)
                .text("object_type", AuditEntry::objectType)
                .text("object_id", AuditEntry::objectId)
                .bytea(
                        "child_pseudonym",
                        entry -> entry.child() == null ? null : entry.child().value())
                .integer(
                        "pseudonym_key_version",
                        entry -> entry.child() == null ? null : entry.child().keyVersion())
                .text("purpose", AuditEntry::purpose);
        var statement = jdbc.sql("insert into audit_entries (recorded_at, " + columns.names() + ")"
                + " select :recordedAt, " + columns.names() + " from " + columns.unnestWithPosition("e")
                + " order by e." + ColumnArrays.POSITION);
        columns.bind(statement).param("recordedAt", Timestamp.from(recordedAt)).update();
    }

    private static <V> @Nullable V actorValue(AuditEntry entry, Function<AuditActor, @Nullable V> value) {
        var actor = entry.actor();
        return actor == null ? null : value.apply(actor);
    }

    /**
     * Returns up to {@code limit} committed entries without a place in the chain that are not set
     * aside, in the order they were inserted. A row whose values break the rules of {@link
     * AuditEntry} has a {@code null} entry.
     */
    List<Unchained> findUnchained(int limit) {
        return jdbc.sql("select id, " + CONTENT_COLUMNS + " from audit_entries"
                        + " where sequence is null and not set_aside order by id limit ?")
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

    /**
     * Marks unchained rows whose values do not form an entry, so that chaining skips them from now
     * on. Returns how many rows it marked.
     */
    int setAside(List<Long> ids) {
        return jdbc.sql("update audit_entries set set_aside = true"
                        + " where id = any(?) and sequence is null and not set_aside")
                .param(ids.toArray(Long[]::new))
                .update();
    }

    /** Returns how many rows are set aside, and the ids of the first {@code limit} of them. */
    SetAside findSetAside(int limit) {
        var count = jdbc.sql("select count(*) from audit_entries where set_aside")
                .query(Long.class)
                .single();
        var ids = jdbc.sql("select id from audit_entries where set_aside order by id limit ?")
                .param(limit)
                .query(Long.class)
                .list();
        return new SetAside(count, ids);
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

    /**
     * The rows that chaining set aside.
     *
     * @param firstIds the ids of the oldest of them, in order, at most as many as requested
     */
    record SetAside(long count, List<Long> firstIds) {}

    /** The place in the chain given to the unchained row {@code id}. */
    record Link(long id, long sequence, byte[] previousHash, byte[] hash) {}
}
