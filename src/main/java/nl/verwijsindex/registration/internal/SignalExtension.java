package nl.verwijsindex.registration.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.population.PopulationRegisterUnavailableException;
import nl.verwijsindex.system.api.ApiError;
import nl.verwijsindex.system.api.ApiProblemException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the end date of an active signal to a later day, up to the latest end date of
 * {@link SignalLimits}. Matches do not change, because the signal stays active.
 *
 * <p>A rejected date names that latest end date, which can be the day before the child's 23rd
 * birthday. Registration caps a requested end date silently instead, so that a client cannot learn
 * a birth date by registering any BSN. Here the signal is already the organisation's own, and its
 * end date was capped the same way at registration.
 */
@Service
class SignalExtension {

    private static final Logger log = LoggerFactory.getLogger(SignalExtension.class);

    private final Signals signals;
    private final SignalChildren children;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SignalExtension(Signals signals, SignalChildren children, TransactionTemplate transactions, Clock clock) {
        this.signals = signals;
        this.children = children;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Gives the organisation's signal the later end date and returns the signal.
     *
     * @throws ApiProblemException 404 when the organisation has no such signal, 409 when it is archived,
     *     422 when the date breaks a rule, 503 when the population register cannot be reached
     */
    Signal extend(UUID organisationId, UUID signalId, LocalDate endDate) {
        var signal = signals.findInOrganisation(signalId, organisationId)
                .orElseThrow(() -> SignalProblems.notFound(signalId));
        if (!signal.active()) {
            throw SignalProblems.archived(signal, "extending it");
        }
        var latest = latestEndDate(signal);

        return transactions.execute(status -> {
            // Read again under a row lock: the signal may have been ended or extended since the first read.
            var current = signals.findInOrganisationForUpdate(signalId, organisationId)
                    .orElseThrow(() -> SignalProblems.notFound(signalId));
            if (!current.active()) {
                throw SignalProblems.archived(current, "extending it");
            }
            check(endDate, current, latest, LocalDate.now(clock)).ifPresent(error -> {
                throw ApiProblemException.unprocessable(error);
            });

            var extended = signals.changeEndDate(signalId, endDate);
            log.info("Signal {} extended", signalId);
            return extended;
        });
    }

    private @Nullable LocalDate latestEndDate(Signal signal) {
        try {
            return children.limits(signal).latestEndDate();
        } catch (PopulationRegisterUnavailableException e) {
            log.warn("Signal {} not extended: {}", signal.id(), e.getMessage());
            throw SignalProblems.registerUnavailable();
        }
    }

    /** Returns the rule that the new end date breaks, if any. */
    static Optional<ApiError> check(
            LocalDate endDate, Signal signal, @Nullable LocalDate latestEndDate, LocalDate today) {
        if (!endDate.isAfter(signal.endDate())) {
            return error(
                    "end-date-not-later",
                    "The end date " + endDate + " is not later than the signal's current end date " + signal.endDate()
                            + "; give a later date to extend the signal");
        }
        if (endDate.isBefore(today)) {
            return error(
                    "end-date-in-past",
                    "The end date " + endDate + " is in the past; give a date from today, " + today + ", on");
        }
        // NOTE: only the birth date of the child's current record counts here. A child who has died or
        // left the country since registration can still be extended, because ending such signals is
        // not built yet.
        if (latestEndDate == null) {
            return error(
                    "child-age-unknown",
                    "The population register no longer has the child of this signal, or gives no birth year, so"
                            + " the latest end date cannot be established and the signal cannot be extended");
        }
        if (endDate.isAfter(latestEndDate)) {
            return error(
                    "end-date-after-maximum",
                    "The end date " + endDate + " is after the latest allowed end date " + latestEndDate
                            + ": a signal runs at most two years from its registration date, and ends before"
                            + " the child's 23rd birthday");
        }
        return Optional.empty();
    }

    private static Optional<ApiError> error(String code, String detail) {
        return Optional.of(ApiError.body("/endDate", code, detail));
    }
}
