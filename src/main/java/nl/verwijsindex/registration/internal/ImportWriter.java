package nl.verwijsindex.registration.internal;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.registration.SignalsImported;
import nl.verwijsindex.system.database.ColumnArrays;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores one chunk of prepared signals in one transaction: it takes the family locks of the chunk,
 * skips rows already present, inserts the signals with one batch, publishes {@link SignalsImported}
 * for the active ones, on which matching matches them and retention stores the children's
 * municipalities, and appends one audit entry per signal. A failure rolls the whole chunk back, and a rerun stores it again.
 */
@Component
class ImportWriter {

    /** The counts and rejections of one stored chunk. */
    record Written(int imported, int alreadyPresent, List<ImportRejection> rejections) {}

    private record SignalKey(ByteBuffer child, UUID professionalId, LocalDate registeredOn) {}

    private record Existing(SignalKey key, boolean active) {}

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ImportAudit audit;
    private final ImportRuns runs;
    private final Clock clock;

    ImportWriter(JdbcClient jdbc, ApplicationEventPublisher events, ImportAudit audit, ImportRuns runs, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
        this.runs = runs;
        this.clock = clock;
    }

    /**
     * Stores the chunk and adds its counts to the run's row. Each signal is first checked against
     * the rows accepted before it in this run, then against the signals in the index.
     *
     * @param rejectedBefore rows of the chunk that the checks before storing rejected
     * @param duplicates the run's accepted rows, to which this chunk's stored and present rows are added
     */
    @Transactional
    Written write(UUID runId, List<ImportedSignal> chunk, int rejectedBefore, ImportDuplicates duplicates) {
        lock(chunk);
        var existing = existing(chunk);
        var activeProfessionals = new HashSet<List<Object>>();
        var present = new HashSet<SignalKey>();
        existing.forEach(signal -> {
            present.add(signal.key());
            if (signal.active()) {
                activeProfessionals.add(
                        List.of(signal.key().child(), signal.key().professionalId()));
            }
        });

        var toStore = new ArrayList<ImportedSignal>();
        var rejections = new ArrayList<ImportRejection>();
        int alreadyPresent = 0;
        for (var signal : chunk) {
            var key = key(signal);
            var duplicate = duplicates.check(signal.row());
            if (duplicate.isPresent()) {
                rejections.add(duplicate.get());
            } else if (present.contains(key)) {
                alreadyPresent++;
                duplicates.accept(signal.row());
            } else if (signal.active() && !activeProfessionals.add(List.of(key.child(), key.professionalId()))) {
                rejections.add(new ImportRejection(
                        signal.row().line(),
                        "signal-already-active",
                        "professional_id "
                                + key.professionalId()
                                + " already has an active signal on this child, registered on another"
                                + " day; end that signal first, or leave the line out"));
            } else {
                toStore.add(signal);
                duplicates.accept(signal.row());
            }
        }

        var ids = insert(toStore);
        publishActive(toStore, ids);
        audit.imported(toStore, ids);
        runs.add(runId, new ImportCounts(toStore.size(), alreadyPresent, rejectedBefore + rejections.size()));
        return new Written(toStore.size(), alreadyPresent, rejections);
    }

    /**
     * Takes the registration's advisory lock of every child and parent in the chunk in one statement,
     * in ascending order as {@link FamilyLocks} does, so that no registration of the same families
     * runs at the same time.
     */
    private void lock(List<ImportedSignal> chunk) {
        var keys = new TreeSet<Long>();
        for (var signal : chunk) {
            keys.add(signal.child().lockKey());
            signal.parents().forEach(parent -> keys.add(parent.lockKey()));
        }
        // A plain scan of the array calls the function once per element, in the array's order.
        jdbc.sql("select pg_advisory_xact_lock(key) from unnest(?::bigint[]) as k(key)")
                .param(keys.toArray(Long[]::new))
                .query()
                .listOfRows();
    }

    private List<Existing> existing(List<ImportedSignal> chunk) {
        var children =
                chunk.stream().map(signal -> signal.child().value()).distinct().toArray(byte[][]::new);
        return jdbc.sql("select child_pseudonym, professional_id, registered_on, status from signals"
                        + " where child_pseudonym = any(?)")
                .param(children)
                .query((rs, row) -> new Existing(
                        new SignalKey(
                                ByteBuffer.wrap(rs.getBytes("child_pseudonym")),
                                rs.getObject("professional_id", UUID.class),
                                rs.getObject("registered_on", LocalDate.class)),
                        rs.getString("status").equals("active")))
                .list();
    }

    /**
     * Inserts the signals with one statement that sends each column as an array. The parents of a
     * row travel as their pseudonyms joined into one value of 32 bytes each, because an array
     * column cannot hold arrays of different lengths.
     */
    private List<UUID> insert(List<ImportedSignal> signals) {
        var rows = signals.stream()
                .map(signal -> new NewSignal(UUID.randomUUID(), signal))
                .toList();
        var columns = ColumnArrays.of(rows)
                .uuid("id", NewSignal::id)
                .bytea("child", row -> row.signal().child().value())
                .bytea("parents", row -> joined(row.signal().parents()))
                .smallint("key_version", row -> row.signal().child().keyVersion())
                .bytea("ciphertext", row -> row.signal().bsn().ciphertext())
                .smallint("encryption_version", row -> row.signal().bsn().keyVersion())
                .uuid("professional", row -> row.signal().professional().id())
                .uuid("organisation", row -> row.signal().professional().organisationId())
                .date("registered_on", row -> row.signal().row().registeredOn())
                .date("end_date", row -> row.signal().endDate())
                .text("own_reference", row -> row.signal().row().ownReference())
                .text("status", row -> row.signal().active() ? "active" : "archived")
                .date("ended_on", row -> row.signal().row().endedOn())
                .text("end_reason", row -> row.signal().row().endReason())
                .date("birthday", row -> row.signal().earliest23rdBirthday());

        var statement = jdbc.sql("""
                insert into signals (id, child_pseudonym, parent_pseudonyms, pseudonym_key_version, bsn_ciphertext,
                                     encryption_key_version, professional_id, organisation_id, registered_on,
                                     end_date, own_reference, status, ended_on, end_reason, created_at,
                                     earliest_23rd_birthday)
                select r.id, r.child,
                       array(select substring(r.parents from i * 32 + 1 for 32)
                               from generate_series(0, length(r.parents) / 32 - 1) as i order by i),
                       r.key_version, r.ciphertext, r.encryption_version, r.professional, r.organisation,
                       r.registered_on, r.end_date, r.own_reference, r.status, r.ended_on, r.end_reason, :now,
                       r.birthday
                  from %s
                """.formatted(columns.unnest("r")));
        columns.bind(statement).param("now", Timestamp.from(clock.instant())).update();
        return rows.stream().map(NewSignal::id).toList();
    }

    /** A signal to insert, with the id it gets. */
    private record NewSignal(UUID id, ImportedSignal signal) {}

    private static byte[] joined(List<Pseudonym> pseudonyms) {
        var joined = new byte[pseudonyms.size() * 32];
        for (int i = 0; i < pseudonyms.size(); i++) {
            System.arraycopy(pseudonyms.get(i).value(), 0, joined, i * 32, 32);
        }
        return joined;
    }

    private void publishActive(List<ImportedSignal> signals, List<UUID> ids) {
        var active = new ArrayList<SignalsImported.ImportedSignal>();
        for (int i = 0; i < signals.size(); i++) {
            var signal = signals.get(i);
            if (signal.active()) {
                active.add(new SignalsImported.ImportedSignal(
                        ids.get(i),
                        signal.child(),
                        signal.parents(),
                        signal.professional().id(),
                        signal.row().registeredOn(),
                        signal.residence()));
            }
        }
        if (!active.isEmpty()) {
            events.publishEvent(new SignalsImported(active, LocalDate.now(clock)));
        }
    }

    private static SignalKey key(ImportedSignal signal) {
        return new SignalKey(
                ByteBuffer.wrap(signal.child().value()),
                signal.professional().id(),
                signal.row().registeredOn());
    }
}
