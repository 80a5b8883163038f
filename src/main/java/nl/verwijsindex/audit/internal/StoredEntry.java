package nl.verwijsindex.audit.internal;

import java.time.Instant;
import nl.verwijsindex.audit.AuditEntry;

/**
 * An entry as the trail stores it.
 *
 * @param sequence the entry's number in the chain: 1 for the first entry, then one higher each time
 * @param recordedAt when it was recorded, to the microsecond as PostgreSQL stores it
 * @param previousHash the hash of the entry before, or of the anchor for the first entry
 * @param hash the SHA-256 of this entry's canonical form, see {@link EntryHashes}
 */
record StoredEntry(long sequence, Instant recordedAt, AuditEntry entry, byte[] previousHash, byte[] hash) {}
