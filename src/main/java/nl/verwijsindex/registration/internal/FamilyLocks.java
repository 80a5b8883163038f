package nl.verwijsindex.registration.internal;

import java.util.Collection;
import java.util.stream.Stream;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises changes to the signals of one child and of children who share a parent, on one node
 * or on several sharing the database. It takes a PostgreSQL advisory lock per pseudonym, held
 * until the transaction ends. Matching runs while the locks are held, so two registrations that
 * could form a match never evaluate it at the same time. Keys are taken in ascending order, so two
 * transactions cannot deadlock on these locks.
 */
@Component
class FamilyLocks {

    private final JdbcClient jdbc;

    FamilyLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void lock(Pseudonym child, Collection<Pseudonym> parents) {
        var keys = Stream.concat(Stream.of(child), parents.stream())
                .mapToLong(Pseudonym::lockKey)
                .distinct()
                .sorted()
                .toArray();
        // One round trip for all keys: unnest returns the sorted array's elements in order, and
        // each row takes its lock before the next row is read.
        jdbc.sql("select pg_advisory_xact_lock(key) from unnest(?::bigint[]) as keys(key)")
                .param(keys)
                .query()
                .listOfRows();
    }
}
