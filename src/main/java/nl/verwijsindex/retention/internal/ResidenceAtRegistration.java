package nl.verwijsindex.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import nl.verwijsindex.population.PopulationRegister;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.registration.ActiveChildren;
import nl.verwijsindex.registration.SignalRegistered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a newly registered child's municipality, so that the first re-check can already notice a
 * move. It runs in the registering transaction and looks the child up again, which the client's
 * short cache serves without a request, because registration looked the child up just before.
 * When the look-up fails the registration is kept, and the first re-check stores the municipality
 * instead.
 *
 * <p>It runs inside the registering transaction rather than after the commit in a transaction of
 * its own, because that would take a second pooled connection while the request still keeps the
 * first. Enough concurrent registrations would then hold every connection and wait for each other
 * until the pool's timeout.
 */
@Component
class ResidenceAtRegistration {

    private static final Logger log = LoggerFactory.getLogger(ResidenceAtRegistration.class);

    private final ActiveChildren activeChildren;
    private final Pseudonymisation pseudonymisation;
    private final PopulationRegister register;
    private final ChildResidences residences;
    private final Clock clock;

    ResidenceAtRegistration(
            ActiveChildren activeChildren,
            Pseudonymisation pseudonymisation,
            PopulationRegister register,
            ChildResidences residences,
            Clock clock) {
        this.activeChildren = activeChildren;
        this.pseudonymisation = pseudonymisation;
        this.register = register;
        this.residences = residences;
        this.clock = clock;
    }

    /**
     * Runs before the listeners without {@code @Order}, which Spring gives the lowest precedence,
     * so the municipality is stored before matching, and it commits with the match. The border
     * check of that match, after the commit, therefore reads it.
     */
    @EventListener
    @Order(0)
    @Transactional(propagation = Propagation.MANDATORY)
    void on(SignalRegistered registered) {
        var child = registered.childPseudonym();
        try {
            var stored = activeChildren.find(child);
            if (stored.isEmpty() || residences.find(child).isPresent()) {
                return;
            }
            var person =
                    register.findPerson(pseudonymisation.decrypt(stored.get().bsn()));
            if (person.isEmpty() || person.get().deceased()) {
                return;
            }
            var residence = person.get().residence();
            residences.recordFirst(
                    child,
                    ChildResidences.statusOf(residence),
                    residence.municipality().orElse(null),
                    LocalDate.now(clock));
        } catch (RuntimeException e) {
            log.warn(
                    "Storing the municipality of child {} at registration failed; the next re-check stores it: {}",
                    child,
                    e.toString());
        }
    }
}
