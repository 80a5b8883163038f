package nl.verwijsindex.registration.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The table {@code signal_imports}: one row per run of the import, with its counts. A run ends as
 * {@code finished} or {@code failed}. A run that was killed is marked {@code failed} by the next run,
 * with {@code finished_at} left empty because the time it ended is unknown.
 */
@Repository
class ImportRuns {

    private final JdbcClient jdbc;
    private final Clock clock;

    ImportRuns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    UUID start(String fileName) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into signal_imports (id, file_name, started_at, status) values (?, ?, ?, 'running')")
                .params(id, fileName, Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    /**
     * Marks the runs still {@code running} as {@code failed} and returns their ids. Only a run that
     * holds the import lock may call this, because then no other run is alive.
     */
    List<UUID> failInterrupted() {
        return jdbc.sql("update signal_imports set status = 'failed' where status = 'running' returning id")
                .query(UUID.class)
                .list();
    }

    /**
     * Records that the whole file was read, with the rows rejected while reading, so that the row
     * of a run that is killed later shows how far it came.
     */
    void read(UUID id, long rowsRead, long rejected) {
        jdbc.sql("update signal_imports set rows_read = ?, rejected = rejected + ? where id = ?")
                .params(rowsRead, rejected, id)
                .update();
    }

    /** Adds a chunk's counts in the chunk's transaction, so that the row shows what is committed. */
    @Transactional(propagation = Propagation.MANDATORY)
    void add(UUID id, ImportCounts counts) {
        jdbc.sql("""
                        update signal_imports
                           set imported = imported + ?, already_present = already_present + ?, rejected = rejected + ?
                         where id = ?
                        """)
                .params(counts.imported(), counts.alreadyPresent(), counts.rejected(), id)
                .update();
    }

    /** Sets the final counts, which include the rows rejected before any chunk was stored. */
    void finish(UUID id, long rowsRead, ImportCounts counts, boolean finished) {
        jdbc.sql("""
                        update signal_imports
                           set status = ?, finished_at = ?, rows_read = ?, imported = ?, already_present = ?,
                               rejected = ?
                         where id = ?
                        """)
                .params(
                        finished ? "finished" : "failed",
                        Timestamp.from(clock.instant()),
                        rowsRead,
                        counts.imported(),
                        counts.alreadyPresent(),
                        counts.rejected(),
                        id)
                .update();
    }
}
