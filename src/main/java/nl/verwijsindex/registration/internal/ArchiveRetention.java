package nl.verwijsindex.registration.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.registration.DestroyedSignal;
import nl.verwijsindex.registration.SignalEnded;
import nl.verwijsindex.registration.SignalRetention;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds what the retention jobs must destroy, and destroys archived signals after their archive
 * period. An archived signal is destroyed like an unjustified one: deleted, and announced as
 * {@link SignalEnded} with {@code destroyed = true}, so that matching forgets it.
 *
 * <p>NOTE: when the last signal of a child goes this way, the child's ended matches stay until
 * something destroys every trace of the child, because no {@code ChildTracesDestroyed} is published here.
 */
@Service
class ArchiveRetention implements SignalRetention {

    private final JdbcClient jdbc;
    private final Signals signals;
    private final FamilyLocks locks;
    private final ApplicationEventPublisher events;
    private final DestructionAudit audit;
    private final BirthdayBackfill backfill;

    ArchiveRetention(
            JdbcClient jdbc,
            Signals signals,
            FamilyLocks locks,
            ApplicationEventPublisher events,
            DestructionAudit audit,
            BirthdayBackfill backfill) {
        this.jdbc = jdbc;
        this.signals = signals;
        this.locks = locks;
        this.events = events;
        this.audit = audit;
        this.backfill = backfill;
    }

    @Override
    public int fillMissing23rdBirthdays() {
        return backfill.fillMissing();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Pseudonym> findChildrenTurned23(LocalDate today) {
        return jdbc.sql("""
                        select child_pseudonym, min(pseudonym_key_version) as key_version from signals
                         where earliest_23rd_birthday <= ?
                         group by child_pseudonym
                         order by min(earliest_23rd_birthday), min(number)
                        """)
                .param(today)
                .query((rs, row) -> new Pseudonym(rs.getInt("key_version"), rs.getBytes("child_pseudonym")))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> findArchivedPastPeriod(LocalDate today) {
        return jdbc.sql("""
                        select id from signals
                         where status = 'archived' and (ended_on + make_interval(years => ?))::date <= ?
                         order by ended_on, number
                        """)
                .params(ARCHIVE_PERIOD.getYears(), today)
                .query(UUID.class)
                .list();
    }

    @Override
    @Transactional
    public Optional<DestroyedSignal> destroyIfArchivedPastPeriod(UUID signalId, LocalDate today) {
        var found = signals.find(signalId);
        if (found.isEmpty() || !isPastPeriod(found.get(), today)) {
            return Optional.empty();
        }
        locks.lock(found.get().child(), found.get().parents());
        var current = signals.findForUpdate(signalId);
        if (current.isEmpty() || !isPastPeriod(current.get(), today)) {
            return Optional.empty();
        }

        var signal = current.get();
        signals.delete(signalId);
        events.publishEvent(new SignalEnded(signalId, today, true));
        var destroyed = ChildDestructionService.asDestroyed(signal);
        audit.archivedSignalDestroyed(signal.child(), destroyed);
        return Optional.of(destroyed);
    }

    private static boolean isPastPeriod(Signal signal, LocalDate today) {
        var endedOn = signal.endedOn();
        return endedOn != null && !endedOn.plus(ARCHIVE_PERIOD).isAfter(today);
    }
}
