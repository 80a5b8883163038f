package nl.verwijsindex.audit;

import java.time.Instant;

/**
 * An entry as the trail stored it.
 *
 * @param sequence the entry's place in the chain
 * @param recordedAt when the trail appended it, in UTC
 */
public record RecordedEntry(long sequence, Instant recordedAt, AuditEntry entry) {}
