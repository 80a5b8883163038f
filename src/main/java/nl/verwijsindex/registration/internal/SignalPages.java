package nl.verwijsindex.registration.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.registration.internal.ProfessionalSignals.SignalNotFoundException;
import nl.verwijsindex.system.api.ApiProblemException;
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

/**
 * The logged-in professional's signals: the list, one signal, and ending it. Destroying a signal
 * takes a second step that confirms it, because it cannot be undone.
 */
@Controller
class SignalPages {

    private final ProfessionalSignals signals;
    private final SignalPageView view;

    SignalPages(ProfessionalSignals signals, SignalPageView view) {
        this.signals = signals;
        this.view = view;
    }

    @GetMapping("/signals")
    String list(@AuthenticationPrincipal SignedInAccount account, Model model) {
        var all = signals.signals(account);

        model.addAttribute("activeSignals", all.stream().filter(Signal::active).toList());
        model.addAttribute(
                "archivedSignals",
                all.stream().filter(signal -> !signal.active()).toList());
        return "signals/list";
    }

    @GetMapping("/signals/{id}")
    String show(@AuthenticationPrincipal SignedInAccount account, @PathVariable String id, Model model) {
        var signal = signals.find(account, signalId(id)).orElseThrow(SignalNotFoundException::new);

        return view.show(account, signal, model);
    }

    /**
     * Archives the signal when the risk is gone. For an unjustified signal it first shows a
     * confirmation page, and destroys the signal only when that page is sent.
     */
    @PostMapping("/signals/{id}/end")
    String end(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "false") boolean confirmed,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var signal = signals.find(account, signalId(id)).orElseThrow(SignalNotFoundException::new);
        var endReason = EndReason.fromCode(reason);
        if (endReason.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showWithError(account, signal, model, "reason-missing");
        }
        if (endReason.get() == EndReason.UNJUSTIFIED && !confirmed) {
            model.addAttribute("signal", signal);
            return "signals/confirm-destroy";
        }

        try {
            return ended(signal, signals.end(account, signal.id(), endReason.get()), redirect);
        } catch (ApiProblemException rejection) {
            // The only rejection left is 409: the signal was archived meanwhile, so it cannot be archived again.
            response.setStatus(HttpStatus.CONFLICT.value());
            return showWithError(account, signals.find(account, signal.id()).orElse(signal), model, "already-ended");
        }
    }

    /** Sends the 404 page, which is the same for a signal of someone else and for no signal at all. */
    @ExceptionHandler(SignalNotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    private static String ended(Signal signal, Optional<Signal> archived, RedirectAttributes redirect) {
        redirect.addFlashAttribute("endedNumber", signal.number());
        if (archived.isEmpty()) {
            redirect.addFlashAttribute("outcome", "destroyed");
            return "redirect:/signals";
        }
        redirect.addFlashAttribute("outcome", "archived");
        return "redirect:/signals/" + signal.id();
    }

    private String showWithError(SignedInAccount account, Signal signal, Model model, String error) {
        model.addAttribute("endError", error);
        return view.show(account, signal, model);
    }

    /** Reads the id of the path; an id that is no UUID names no signal of the professional either. */
    static UUID signalId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new SignalNotFoundException();
        }
    }
}
