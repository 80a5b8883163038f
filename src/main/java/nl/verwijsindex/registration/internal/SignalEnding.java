package nl.verwijsindex.registration.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.registration.SignalEnded;
import nl.verwijsindex.system.api.ApiProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ends a signal at the professional's request: to the archive, or destroyed when it was unjustified. */
@Service
class SignalEnding {

    private static final Logger log = LoggerFactory.getLogger(SignalEnding.class);

    private final Signals signals;
    private final FamilyLocks locks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignalEnding(Signals signals, FamilyLocks locks, ApplicationEventPublisher events, Clock clock) {
        this.signals = signals;
        this.locks = locks;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Ends the organisation's signal and returns it as archived, or empty when it was destroyed. An
     * archived signal can still be destroyed, because it may turn out later to be about the wrong child.
     *
     * @throws ApiProblemException 404 when the organisation has no such signal, 409 when an archived signal is
     *     ended again as risk-gone
     */
    @Transactional
    Optional<Signal> end(UUID organisationId, UUID signalId, EndReason reason) {
        var signal = signals.findInOrganisation(signalId, organisationId)
                .orElseThrow(() -> ApiProblemException.notFound("Your organisation has no signal with id " + signalId));
        locks.lock(signal.child(), signal.parents());
        // Read again under the lock: a concurrent request may have ended it meanwhile.
        signal = signals.findInOrganisation(signalId, organisationId)
                .orElseThrow(() -> ApiProblemException.notFound("Your organisation has no signal with id " + signalId));
        if (!signal.active() && reason == EndReason.RISK_GONE) {
            throw new ApiProblemException(
                    HttpStatus.CONFLICT,
                    "Signal already ended",
                    "The signal " + signalId
                            + " ended on " + signal.endedOn() + " and is in the archive; to destroy it because it was"
                            + " unjustified or about the wrong child, end it with reason unjustified");
        }

        var today = LocalDate.now(clock);
        if (reason == EndReason.UNJUSTIFIED) {
            signals.delete(signalId);
            events.publishEvent(new SignalEnded(signalId, today, true));
            log.info("Signal {} destroyed as unjustified", signalId);
            return Optional.empty();
        }

        var archived = signals.archive(signalId, today, reason.code());
        events.publishEvent(new SignalEnded(signalId, today, false));
        log.info("Signal {} archived: {}", signalId, reason.code());
        return Optional.of(archived);
    }
}
