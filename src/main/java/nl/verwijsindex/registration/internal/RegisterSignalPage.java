package nl.verwijsindex.registration.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.population.PopulationRegisterUnavailableException;
import nl.verwijsindex.registration.internal.SignalFormErrors.FieldError;
import nl.verwijsindex.system.api.ApiProblemException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The form where a logged-in professional registers a child, identified by BSN, in their own name. */
@Controller
class RegisterSignalPage {

    private static final Logger log = LoggerFactory.getLogger(RegisterSignalPage.class);

    private final ProfessionalSignals signals;
    private final Clock clock;

    RegisterSignalPage(ProfessionalSignals signals, Clock clock) {
        this.signals = signals;
        this.clock = clock;
    }

    /** Shows the form, or only the refusal when the professional or their organisation may not register now. */
    @GetMapping("/signals/new")
    String form(@AuthenticationPrincipal SignedInAccount account, Model model) {
        model.addAttribute("refused", !signals.mayRegister(account));
        return show(account, model, SignalFormErrors.none(), "", "", "");
    }

    /** Registers the child and redirects to the signal, or shows the form again with the errors. */
    @PostMapping("/signals/new")
    String register(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(defaultValue = "") String bsn,
            @RequestParam(defaultValue = "") String ownReference,
            @RequestParam(defaultValue = "") String endDate,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        var typedBsn = bsn.replaceAll("\\s", "");
        var reference = ownReference.isBlank() ? null : ownReference;
        var date = parseDate(endDate);
        // Sent with every outcome but the redirect, which replaces it.
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        if (!endDate.isBlank() && date == null) {
            var code =
                    SignalRequestRules.isImpossibleDate(endDate.strip()) ? "end-date-not-a-date" : "end-date-invalid";
            var errors = SignalFormErrors.of(new FieldError("end-date", code));
            return show(account, model, errors, "", ownReference, endDate);
        }

        try {
            var registration = signals.register(account, typedBsn, reference, date, request.getRemoteAddr());
            redirect.addFlashAttribute("outcome", registration.created() ? "registered" : "already-registered");
            return "redirect:/signals/" + registration.signal().id();
        } catch (ApiProblemException rejection) {
            var errors = SignalFormErrors.of(rejection);
            if (reference != null && Bsn.appearsIn(reference)) {
                // The API reports every rejected reference as own-reference-invalid; the page names the BSN rule.
                errors = errors.withCode("own-reference", "own-reference-bsn");
            }
            var shownBsn = errors.mayShowBsnAgain() ? bsn : "";
            var shownReference = errors.mayShowOwnReferenceAgain() ? ownReference : "";
            return show(account, model, errors, shownBsn, shownReference, endDate);
        } catch (PopulationRegisterUnavailableException e) {
            log.warn("Registration by account {} failed: {}", account.id(), e.getMessage());
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(
                    HttpHeaders.RETRY_AFTER,
                    Long.toString(RegisterUnavailableAdvice.retryAfterSeconds(e.retryAfter())));
            var errors = SignalFormErrors.of(new FieldError(null, SignalFormErrors.REGISTER_UNAVAILABLE));
            // The typed values stay, so that the professional can send the form again as it is.
            return show(account, model, errors, bsn, ownReference, endDate);
        }
    }

    private String show(
            SignedInAccount account,
            Model model,
            SignalFormErrors errors,
            String bsn,
            String ownReference,
            String endDate) {
        var today = LocalDate.now(clock);
        model.addAttribute("errors", errors);
        model.addAttribute("bsn", bsn);
        model.addAttribute("ownReference", ownReference);
        model.addAttribute("endDate", endDate);
        model.addAttribute("today", today);
        model.addAttribute("latestEndDate", SignalRequestRules.latestEndDate(today));
        model.addAttribute("defaultEndDate", signals.defaultEndDate(account).orElse(null));
        return "signals/new";
    }

    /** Reads the date as the browser's date field sends it, yyyy-mm-dd; returns null when empty or unreadable. */
    private static @Nullable LocalDate parseDate(String text) {
        if (text.isBlank()) {
            return null;
        }
        return SignalRequestRules.parseEndDate(text.strip()).orElse(null);
    }
}
