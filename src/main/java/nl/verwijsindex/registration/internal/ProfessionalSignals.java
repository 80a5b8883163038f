package nl.verwijsindex.registration.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.organisations.Professionals;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The signals of the logged-in professional, for the web pages. Every method acts for the
 * professional and organisation of the account, never for ids from a form, and shows or changes
 * only the professional's own signals. The rules themselves stay in {@link RegistrationService},
 * {@link SignalEnding}, {@link SignalInforming} and {@link SignalExtension}.
 */
@Service
class ProfessionalSignals {

    private final RegistrationService registration;
    private final SignalEnding ending;
    private final SignalInforming informing;
    private final SignalExtension extension;
    private final SignalChildren children;
    private final Signals signals;
    private final Professionals professionals;
    private final Clock clock;

    ProfessionalSignals(
            RegistrationService registration,
            SignalEnding ending,
            SignalInforming informing,
            SignalExtension extension,
            SignalChildren children,
            Signals signals,
            Professionals professionals,
            Clock clock) {
        this.registration = registration;
        this.ending = ending;
        this.informing = informing;
        this.extension = extension;
        this.children = children;
        this.signals = signals;
        this.professionals = professionals;
        this.clock = clock;
    }

    /**
     * Registers a signal in the professional's name, or returns their active signal on the child.
     *
     * @throws nl.verwijsindex.system.api.ApiProblemException with the codes of the rule that failed
     */
    Registration register(
            SignedInAccount account,
            String bsn,
            @Nullable String ownReference,
            @Nullable LocalDate endDate,
            String clientAddress) {
        var professional = professional(account);
        var actor = AuditActor.account(
                account.id(), account.role().code(), account.organisationId(), account.municipalityId());

        return registration.register(new RegisterSignal(
                professional.organisationId(),
                professional.professionalId(),
                bsn,
                ownReference,
                endDate,
                actor,
                clientAddress));
    }

    /**
     * Checks whether the professional may register signals now: false when their account is
     * deactivated or their organisation is suspended, the same rule that {@link #register} applies.
     */
    boolean mayRegister(SignedInAccount account) {
        var professional = professional(account);

        return professionals
                .findInOrganisation(professional.professionalId(), professional.organisationId())
                .map(found -> found.mayRegister())
                .orElse(false);
    }

    /** Returns the end date that a signal registered today gets when the form leaves it empty. */
    Optional<LocalDate> defaultEndDate(SignedInAccount account) {
        var professional = professional(account);

        return professionals
                .findInOrganisation(professional.professionalId(), professional.organisationId())
                .map(found -> LocalDate.now(clock).plus(found.defaultSignalDuration()));
    }

    /** Returns the professional's active signals, then the archived ones. */
    List<Signal> signals(SignedInAccount account) {
        return signals.findOfProfessional(professional(account).professionalId());
    }

    /** Returns the signal when it is the professional's own, otherwise empty. */
    Optional<Signal> find(SignedInAccount account, UUID signalId) {
        var professional = professional(account);

        return signals.findInOrganisation(signalId, professional.organisationId())
                .filter(signal -> signal.professionalId().equals(professional.professionalId()));
    }

    /**
     * Ends the professional's own signal and returns it as archived, or empty when it was destroyed.
     *
     * @throws SignalNotFoundException when the signal is not the professional's
     * @throws nl.verwijsindex.system.api.ApiProblemException 409 when an archived signal is ended as risk-gone
     */
    Optional<Signal> end(SignedInAccount account, UUID signalId, EndReason reason) {
        var signal = find(account, signalId).orElseThrow(SignalNotFoundException::new);

        return ending.end(signal.organisationId(), signal.id(), reason);
    }

    /**
     * Returns the limits that the child's record in the population register sets for the professional's own
     * signal.
     *
     * @throws SignalNotFoundException when the signal is not the professional's
     * @throws nl.verwijsindex.population.PopulationRegisterUnavailableException when the register cannot be reached
     */
    SignalLimits limits(SignedInAccount account, UUID signalId) {
        var signal = find(account, signalId).orElseThrow(SignalNotFoundException::new);

        return children.limits(signal);
    }

    /**
     * Records the informing of the professional's own signal and returns the signal.
     *
     * @throws SignalNotFoundException when the signal is not the professional's
     * @throws nl.verwijsindex.system.api.ApiProblemException as {@link SignalInforming#record} does
     */
    Signal recordInforming(SignedInAccount account, UUID signalId, RecordInforming request) {
        var signal = find(account, signalId).orElseThrow(SignalNotFoundException::new);

        return informing.record(signal.organisationId(), signal.id(), request);
    }

    /**
     * Gives the professional's own signal a later end date and returns the signal.
     *
     * @throws SignalNotFoundException when the signal is not the professional's
     * @throws nl.verwijsindex.system.api.ApiProblemException as {@link SignalExtension#extend} does
     */
    Signal extend(SignedInAccount account, UUID signalId, LocalDate endDate) {
        var signal = find(account, signalId).orElseThrow(SignalNotFoundException::new);

        return extension.extend(signal.organisationId(), signal.id(), endDate);
    }

    private static ActingProfessional professional(SignedInAccount account) {
        if (!account.isProfessional()) {
            throw new AccessDeniedException("Account " + account.id() + " is not a professional's account");
        }
        return new ActingProfessional(account.professionalId(), account.organisationId());
    }

    /** The professional and organisation of a professional's account. */
    private record ActingProfessional(UUID professionalId, UUID organisationId) {}

    /** The signal does not exist or is not the logged-in professional's. The pages return 404 for both. */
    static final class SignalNotFoundException extends RuntimeException {

        SignalNotFoundException() {
            super("The professional has no signal with this id");
        }
    }
}
