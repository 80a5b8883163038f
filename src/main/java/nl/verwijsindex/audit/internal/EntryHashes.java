package nl.verwijsindex.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;
import nl.verwijsindex.audit.AuditEntry;
import org.jspecify.annotations.Nullable;

/**
 * The canonical form of an entry and its hash, defined so that a tool outside the index can
 * recompute them from the columns of {@code audit_entries}.
 *
 * <p>The canonical form is US-ASCII text of 17 lines, each ending in one line feed (0x0A): first
 * {@code verwijsindex-audit-v1}, then {@code name=value} for sequence, recorded_at, action,
 * outcome, actor_type, actor_id, actor_role, actor_organisation_id, actor_municipality_id,
 * on_behalf_of_id, origin, object_type, object_id, child_pseudonym, purpose and previous_hash, in
 * this order. A missing value leaves nothing after the {@code =}. The sequence is a decimal number;
 * recorded_at is UTC as {@code yyyy-MM-ddTHH:mm:ss.ffffffZ} with exactly six fraction digits; ids
 * are UUIDs in lower case; child_pseudonym is the key version, a colon and the pseudonym in lower
 * case hex; previous_hash is lower case hex. Every other value is stored text of printable ASCII
 * without spaces, so no value contains a line feed, and a line's name ends at its first {@code =}. The entry's hash
 * is the SHA-256 of these bytes. The first entry's previous hash is 32 zero bytes, and after
 * retention the hash of the last deleted entry, kept in {@code audit_anchor}.
 */
final class EntryHashes {

    static final String VERSION_LINE = "verwijsindex-audit-v1";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private EntryHashes() {}

    static byte[] hash(long sequence, Instant recordedAt, AuditEntry entry, byte[] previousHash) {
        try {
            var canonical = canonicalForm(sequence, recordedAt, entry, previousHash);
            return MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    static String canonicalForm(long sequence, Instant recordedAt, AuditEntry entry, byte[] previousHash) {
        var actor = entry.actor();
        var child = entry.child();
        var text = new StringBuilder(VERSION_LINE).append('\n');
        line(text, "sequence", Long.toString(sequence));
        line(text, "recorded_at", TIME.format(recordedAt));
        line(text, "action", entry.action().code());
        line(text, "outcome", entry.outcome().code());
        line(text, "actor_type", actor == null ? null : actor.type());
        line(text, "actor_id", actor == null ? null : actor.id());
        line(text, "actor_role", actor == null ? null : actor.role());
        line(text, "actor_organisation_id", id(actor == null ? null : actor.organisationId()));
        line(text, "actor_municipality_id", id(actor == null ? null : actor.municipalityId()));
        line(text, "on_behalf_of_id", id(entry.onBehalfOf()));
        line(text, "origin", entry.origin());
        line(text, "object_type", entry.objectType());
        line(text, "object_id", entry.objectId());
        line(text, "child_pseudonym", child == null ? null : child.keyVersion() + ":" + HEX.formatHex(child.value()));
        line(text, "purpose", entry.purpose());
        line(text, "previous_hash", HEX.formatHex(previousHash));
        return text.toString();
    }

    private static void line(StringBuilder text, String name, @Nullable String value) {
        text.append(name).append('=');
        if (value != null) {
            text.append(value);
        }
        text.append('\n');
    }

    private static @Nullable String id(@Nullable UUID id) {
        return id == null ? null : id.toString();
    }
}
