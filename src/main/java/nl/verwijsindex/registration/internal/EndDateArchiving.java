package nl.verwijsindex.registration.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.registration.SignalEnded;
import nl.verwijsindex.registration.SignalExpiry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Archives signals past their end date. It takes the family locks of a professional's ending and
 * then the row lock of an extension, and checks the signal again under both. So a signal that was
 * ended, destroyed or extended meanwhile is left alone, and no signal is archived twice.
 */
@Service
class EndDateArchiving implements SignalExpiry {

    static final String END_REASON = "end-date";

    private final Signals signals;
    private final FamilyLocks locks;
    private final ApplicationEventPublisher events;

    EndDateArchiving(Signals signals, FamilyLocks locks, ApplicationEventPublisher events) {
        this.signals = signals;
        this.locks = locks;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> findPastEndDate(LocalDate today) {
        return signals.findActiveIdsEndedBefore(today);
    }

    @Override
    @Transactional
    public boolean archiveIfPastEndDate(UUID signalId, LocalDate today) {
        var found = signals.find(signalId);
        if (found.isEmpty() || !isPastEndDate(found.get(), today)) {
            return false;
        }
        locks.lock(found.get().child(), found.get().parents());
        var current = signals.findForUpdate(signalId);
        if (current.isEmpty() || !isPastEndDate(current.get(), today)) {
            return false;
        }

        var endedOn = current.get().endDate();
        signals.archive(signalId, endedOn, END_REASON);
        events.publishEvent(new SignalEnded(signalId, endedOn, false));
        return true;
    }

    private static boolean isPastEndDate(Signal signal, LocalDate today) {
        return signal.active() && signal.endDate().isBefore(today);
    }
}
