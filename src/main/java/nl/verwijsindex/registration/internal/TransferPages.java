package nl.verwijsindex.registration.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.registration.internal.OrganisationSignals.ProfessionalNotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation administrator's list of the organisation's signals, and the transfer of a professional's signals. */
@Controller
class TransferPages {

    private final OrganisationSignals signals;

    TransferPages(OrganisationSignals signals) {
        this.signals = signals;
    }

    @GetMapping("/organisation/signals")
    String list(@AuthenticationPrincipal SignedInAccount account, Model model) {
        model.addAttribute("signals", signals.signals(account));
        return "organisation/signals";
    }

    @GetMapping("/organisation/professionals/{id}/transfer")
    String form(@AuthenticationPrincipal SignedInAccount account, @PathVariable String id, Model model) {
        var form = signals.transferForm(account, professionalId(id));
        var allSignals = new HashSet<UUID>();
        form.signals().forEach(signal -> allSignals.add(signal.signal().id()));

        return show(model, form, null, null, allSignals);
    }

    /** Hands the chosen signals over and redirects to the signals list, or shows the form again with the error. */
    @PostMapping("/organisation/professionals/{id}/transfer")
    String transfer(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String colleague,
            @RequestParam(name = "signal", defaultValue = "") List<String> chosen,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var fromProfessionalId = professionalId(id);
        var colleagueId = colleague.isBlank() ? null : professionalId(colleague);
        var chosenSignals = signalIds(chosen);

        var result = signals.transfer(account, fromProfessionalId, colleagueId, chosenSignals);
        var outcome = result.outcome();
        if (outcome == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(
                    model,
                    signals.transferForm(account, fromProfessionalId),
                    result.error(),
                    colleagueId,
                    chosenSignals);
        }

        redirect.addFlashAttribute("transferred", outcome.transferred());
        redirect.addFlashAttribute("archived", outcome.archived());
        redirect.addFlashAttribute("skipped", outcome.skipped());
        return "redirect:/organisation/signals";
    }

    @ExceptionHandler(ProfessionalNotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    private static String show(
            Model model,
            OrganisationSignals.TransferForm form,
            @Nullable String error,
            @Nullable UUID colleagueId,
            Set<UUID> chosenSignals) {
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("colleagueId", colleagueId);
        model.addAttribute("chosenSignals", chosenSignals);
        return "organisation/transfer";
    }

    /** Reads the id of the path or form; an id that is no UUID names no professional of the organisation either. */
    private static UUID professionalId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ProfessionalNotFoundException();
        }
    }

    /** Reads the chosen signal ids; a value that is no UUID names no signal and is left out. */
    private static Set<UUID> signalIds(List<String> values) {
        var ids = new HashSet<UUID>();
        for (var value : values) {
            try {
                ids.add(UUID.fromString(value));
            } catch (IllegalArgumentException e) {
                // Not a signal of the departing professional either, so there is nothing to hand over.
            }
        }
        return ids;
    }
}
