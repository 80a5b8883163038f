package nl.verwijsindex.registration.internal;

import java.time.Clock;
import java.time.LocalDate;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.population.PopulationRegisterUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of a signal's page: the signal, and for an active signal whom the professional
 * must inform and the latest end date. The forms on the page start empty unless the controller
 * already put the submitted values and their errors in the model.
 */
@Component
class SignalPageView {

    static final String TEMPLATE = "signals/signal";

    private static final Logger log = LoggerFactory.getLogger(SignalPageView.class);

    private final ProfessionalSignals signals;
    private final Clock clock;

    SignalPageView(ProfessionalSignals signals, Clock clock) {
        this.signals = signals;
        this.clock = clock;
    }

    String show(SignedInAccount account, Signal signal, Model model) {
        model.addAttribute("signal", signal);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("limits", signal.active() ? limits(account, signal) : null);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", SignalFormErrors.none());
        }
        for (var field : new String[] {"informedOn", "newEndDate"}) {
            if (!model.containsAttribute(field)) {
                model.addAttribute(field, "");
            }
        }
        return TEMPLATE;
    }

    /** Returns the limits, or null when the population register cannot be reached, so that the page still shows. */
    private SignalLimits limits(SignedInAccount account, Signal signal) {
        try {
            return signals.limits(account, signal.id());
        } catch (PopulationRegisterUnavailableException e) {
            log.warn("Limits of signal {} not shown: {}", signal.id(), e.getMessage());
            return null;
        }
    }
}
