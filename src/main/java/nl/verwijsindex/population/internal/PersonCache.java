package nl.verwijsindex.population.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.population.Person;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the register's results, also "not found", for a short time, so that a registration and the
 * look-ups right after it send one request. Entries live in memory only and are never logged. When
 * the cache is full, expired entries are removed, and when that frees nothing, everything is.
 */
final class PersonCache {

    private record Entry(Optional<Person> person, Instant expiresAt) {}

    private final ConcurrentHashMap<Bsn, Entry> entries = new ConcurrentHashMap<>();
    private final Duration timeToLive;
    private final int maxSize;
    private final Clock clock;

    PersonCache(Duration timeToLive, int maxSize, Clock clock) {
        this.timeToLive = timeToLive;
        this.maxSize = maxSize;
        this.clock = clock;
    }

    /** Returns the cached result, or null when there is none or it expired. */
    @Nullable
    Optional<Person> get(Bsn bsn) {
        var entry = entries.get(bsn);
        if (entry == null) {
            return null;
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            entries.remove(bsn, entry);
            return null;
        }
        return entry.person();
    }

    void put(Bsn bsn, Optional<Person> person) {
        if (timeToLive.isZero()) {
            return;
        }
        var now = clock.instant();
        if (entries.size() >= maxSize) {
            entries.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
            if (entries.size() >= maxSize) {
                entries.clear();
            }
        }
        entries.put(bsn, new Entry(person, now.plus(timeToLive)));
    }
}
