package nl.verwijsindex.registration.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.population.PopulationRegisterUnavailableException;
import nl.verwijsindex.system.api.ApiError;
import nl.verwijsindex.system.api.ApiProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records that the parents and child of an active signal were informed of it, or that informing them is
 * postponed. Postponing is allowed until informing is recorded. A recorded informing can be
 * recorded again, to correct its date or parties, but not turned back into postponed.
 */
@Service
class SignalInforming {

    private static final Logger log = LoggerFactory.getLogger(SignalInforming.class);

    private final Signals signals;
    private final SignalChildren children;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SignalInforming(Signals signals, SignalChildren children, TransactionTemplate transactions, Clock clock) {
        this.signals = signals;
        this.children = children;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Records the informing of the organisation's signal and returns the signal.
     *
     * @throws ApiProblemException 404 when the organisation has no such signal, 409 when it is archived
     *     or when postponing is requested after informing was recorded, 422 when a value breaks a rule,
     *     503 when the population register cannot be reached
     */
    Signal record(UUID organisationId, UUID signalId, RecordInforming request) {
        var signal = signals.findInOrganisation(signalId, organisationId)
                .orElseThrow(() -> SignalProblems.notFound(signalId));
        if (!signal.active()) {
            throw SignalProblems.archived(signal, "recording informing");
        }
        if (request.postponed()) {
            return transactions.execute(status -> postpone(organisationId, signalId));
        }

        var duty = informingDuty(signal);
        var errors = check(request, signal, duty, LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw new ApiProblemException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "The request breaks a rule of the index",
                    errors.get(0).detail(),
                    errors);
        }
        return transactions.execute(status -> recordInformed(organisationId, signalId, request));
    }

    private InformingDuty informingDuty(Signal signal) {
        try {
            return children.limits(signal).informingDuty();
        } catch (PopulationRegisterUnavailableException e) {
            log.warn("Informing of signal {} not recorded: {}", signal.id(), e.getMessage());
            throw SignalProblems.registerUnavailable();
        }
    }

    private Signal postpone(UUID organisationId, UUID signalId) {
        var signal = activeSignalForUpdate(organisationId, signalId);
        var informing = signal.informing();
        if (informing.informedOn() != null) {
            var detail = "The parents or child of signal " + signalId + " were informed on " + informing.informedOn()
                    + ", so informing can no longer be postponed";
            throw new ApiProblemException(
                    HttpStatus.CONFLICT,
                    "Informing already recorded",
                    detail,
                    List.of(ApiError.body("/status", "informing-already-recorded", detail)));
        }
        if (informing.postponedOn() != null) {
            return signal;
        }

        var postponed = signals.recordInformingPostponed(signalId, LocalDate.now(clock));
        log.info("Signal {}: informing postponed", signalId);
        return postponed;
    }

    private Signal recordInformed(UUID organisationId, UUID signalId, RecordInforming request) {
        activeSignalForUpdate(organisationId, signalId);

        var informed = signals.recordInformed(signalId, request.informedOn(), request.parents(), request.child());
        log.info("Signal {}: informing recorded", signalId);
        return informed;
    }

    /** Reads the signal again under a row lock, because it may have been ended since the first read. */
    private Signal activeSignalForUpdate(UUID organisationId, UUID signalId) {
        var signal = signals.findInOrganisationForUpdate(signalId, organisationId)
                .orElseThrow(() -> SignalProblems.notFound(signalId));
        if (!signal.active()) {
            throw SignalProblems.archived(signal, "recording informing");
        }
        return signal;
    }

    /** Returns every rule that the request breaks, in the order of the request's fields. */
    static List<ApiError> check(RecordInforming request, Signal signal, InformingDuty duty, LocalDate today) {
        var errors = new ArrayList<ApiError>();
        var informedOn = request.informedOn();
        if (informedOn == null) {
            errors.add(
                    ApiError.body("/informedOn", ApiError.REQUIRED, "Give the day the parents or child were informed"));
        } else if (informedOn.isAfter(today)) {
            errors.add(ApiError.body(
                    "/informedOn",
                    "informed-on-in-future",
                    "The date " + informedOn + " is in the future; give the day they were informed, at the latest"
                            + " today, " + today));
        } else if (informedOn.isBefore(signal.registeredOn())) {
            errors.add(ApiError.body(
                    "/informedOn",
                    "informed-on-before-registration",
                    "The date " + informedOn + " is before the registration date " + signal.registeredOn()
                            + "; give a date from the registration date on"));
        }

        if (!request.parents() && !request.child()) {
            errors.add(ApiError.body(
                    "/informedParties", ApiError.REQUIRED, "Give who was informed: parents, child, or both"));
        } else if (!duty.fulfilledBy(request.parents(), request.child())) {
            errors.add(ApiError.body(
                    "/informedParties",
                    "informed-parties-incomplete",
                    "Informing must include " + duty.describe() + ": the parents of a child under 16 and a"
                            + " child of 12 or older must be informed, by the child's age on the registration date"));
        }
        return errors;
    }
}
