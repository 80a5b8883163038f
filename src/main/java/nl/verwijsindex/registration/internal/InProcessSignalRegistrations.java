package nl.verwijsindex.registration.internal;

import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditTrail;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.registration.SignalRegistrations;
import nl.verwijsindex.system.api.ApiProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

@Component
class InProcessSignalRegistrations implements SignalRegistrations {

    private final RegistrationService registration;
    private final SignalEnding ending;
    private final AuditTrail trail;
    private final TransactionTemplate transactions;

    InProcessSignalRegistrations(
            RegistrationService registration, SignalEnding ending, AuditTrail trail, TransactionTemplate transactions) {
        this.registration = registration;
        this.ending = ending;
        this.trail = trail;
        this.transactions = transactions;
    }

    @Override
    public Optional<RegisteredSignal> register(UUID organisationId, UUID professionalId, Bsn child, AuditActor actor) {
        var request = new RegisterSignal(organisationId, professionalId, child.digits(), null, null, actor, null);
        try {
            var signal = registration.register(request);
            return Optional.of(new RegisteredSignal(
                    signal.signal().id(),
                    signal.created(),
                    signal.signal().registeredOn(),
                    signal.signal().endDate()));
        } catch (ApiProblemException rejection) {
            if (rejection.status() == HttpStatus.UNPROCESSABLE_CONTENT) {
                return Optional.empty();
            }
            throw rejection;
        }
    }

    @Override
    public void endAsRiskGone(UUID organisationId, UUID signalId, AuditActor actor) {
        transactions.executeWithoutResult(status -> {
            Signal archived;
            try {
                archived = ending.end(organisationId, signalId, EndReason.RISK_GONE)
                        .orElseThrow();
            } catch (ApiProblemException rejection) {
                throw new IllegalArgumentException(
                        "Signal " + signalId + " of organisation " + organisationId + " was not ended: "
                                + rejection.detail(),
                        rejection);
            }
            trail.record(AuditEntry.of(AuditAction.WRITE, AuditOutcome.SUCCESS, SignalAudit.END_SIGNAL)
                    .by(actor)
                    .onBehalfOf(archived.professionalId())
                    .about("signal", archived.id())
                    .child(archived.child()));
        });
    }
}
