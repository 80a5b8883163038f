package nl.verwijsindex.registration.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditedChange;
import nl.verwijsindex.registration.internal.ProfessionalSignals.SignalNotFoundException;
import nl.verwijsindex.registration.internal.SignalAudit.Caller;
import nl.verwijsindex.registration.internal.SignalFormErrors.FieldError;
import nl.verwijsindex.system.api.ApiError;
import nl.verwijsindex.system.api.ApiProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms on a signal's page that record informing the parents and child, postpone it, or extend
 * the signal. On success they redirect to the signal's page; otherwise they show it again with the
 * errors, each selecting its message {@code signal.error.<code>}.
 */
@Controller
class SignalChangePages {

    private final ProfessionalSignals signals;
    private final SignalPageView view;
    private final SignalAudit audit;
    private final AuditedChange auditedChange;

    SignalChangePages(
            ProfessionalSignals signals, SignalPageView view, SignalAudit audit, AuditedChange auditedChange) {
        this.signals = signals;
        this.view = view;
        this.audit = audit;
        this.auditedChange = auditedChange;
    }

    @PostMapping("/signals/{id}/informing")
    String recordInformed(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String informedOn,
            @RequestParam(defaultValue = "false") boolean parents,
            @RequestParam(defaultValue = "false") boolean child,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        var step = new Step(SignalAudit.RECORD_INFORMING, Caller.of(account, request.getRemoteAddr()));
        var signal = ownSignal(account, id, step);
        var date = parseDate(informedOn);
        model.addAttribute("informedOn", informedOn);
        model.addAttribute("parentsChecked", parents);
        model.addAttribute("childChecked", child);
        model.addAttribute("submittedDate", date);

        var formErrors = new ArrayList<FieldError>();
        if (date == null) {
            formErrors.add(new FieldError(
                    "informed-on", informedOn.isBlank() ? "informed-on-required" : dateError(informedOn, model)));
        }
        if (!parents && !child) {
            formErrors.add(new FieldError("informed-parents", "informed-parties-required"));
        }
        if (!formErrors.isEmpty()) {
            audit.unsuccessful(AuditAction.WRITE, AuditOutcome.REJECTED, step.purpose(), step.caller(), signal);
            return showWithErrors(account, signal, model, response, HttpStatus.UNPROCESSABLE_CONTENT, formErrors);
        }

        try {
            auditedChange.run(() -> {
                signals.recordInforming(account, signal.id(), RecordInforming.informed(date, parents, child));
                audit.signal(AuditAction.WRITE, AuditOutcome.SUCCESS, step.purpose(), step.caller(), signal);
            });
        } catch (ApiProblemException rejection) {
            return rejected(step, account, signal, model, response, rejection);
        }
        return changed(signal, "informing-recorded", redirect);
    }

    @PostMapping("/signals/{id}/informing/postponement")
    String postponeInforming(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String id,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        var step = new Step(SignalAudit.POSTPONE_INFORMING, Caller.of(account, request.getRemoteAddr()));
        var signal = ownSignal(account, id, step);

        try {
            auditedChange.run(() -> {
                signals.recordInforming(account, signal.id(), RecordInforming.postponing());
                audit.signal(AuditAction.WRITE, AuditOutcome.SUCCESS, step.purpose(), step.caller(), signal);
            });
        } catch (ApiProblemException rejection) {
            return rejected(step, account, signal, model, response, rejection);
        }
        return changed(signal, "informing-postponed", redirect);
    }

    @PostMapping("/signals/{id}/extension")
    String extend(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String endDate,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        var step = new Step(SignalAudit.EXTEND_SIGNAL, Caller.of(account, request.getRemoteAddr()));
        var signal = ownSignal(account, id, step);
        var date = parseDate(endDate);
        model.addAttribute("newEndDate", endDate);
        model.addAttribute("submittedDate", date);
        if (date == null) {
            var code = endDate.isBlank() ? "new-end-date-required" : dateError(endDate, model);
            var errors = List.of(new FieldError("new-end-date", code));
            audit.unsuccessful(AuditAction.WRITE, AuditOutcome.REJECTED, step.purpose(), step.caller(), signal);
            return showWithErrors(account, signal, model, response, HttpStatus.UNPROCESSABLE_CONTENT, errors);
        }

        try {
            auditedChange.run(() -> {
                signals.extend(account, signal.id(), date);
                audit.signal(AuditAction.WRITE, AuditOutcome.SUCCESS, step.purpose(), step.caller(), signal);
            });
        } catch (ApiProblemException rejection) {
            return rejected(step, account, signal, model, response, rejection);
        }
        return changed(signal, "extended", redirect);
    }

    /** Sends the 404 page, which is the same for a signal of someone else and for no signal at all. */
    @ExceptionHandler(SignalNotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    /**
     * Returns the code for a date that could not be read, and puts a date of the calendar's shape
     * that names no day, such as 2026-02-30, in the model for its message.
     */
    private static String dateError(String typed, Model model) {
        var text = typed.strip();
        if (SignalRequestRules.isImpossibleDate(text)) {
            model.addAttribute("impossibleDate", text);
            return "date-not-a-date";
        }
        return "date-invalid";
    }

    /** The use case of a form and who sent it, for its audit entry. */
    private record Step(String purpose, Caller caller) {}

    /**
     * Returns the professional's own signal, or records the step as rejected and throws
     * {@link SignalNotFoundException} when the id names no signal of theirs.
     */
    private Signal ownSignal(SignedInAccount account, String id, Step step) {
        var signalId = SignalPages.parseId(id);
        var signal = signalId.flatMap(found -> signals.find(account, found));
        if (signal.isEmpty()) {
            signalId.ifPresent(
                    rejected -> audit.rejectedRequest(AuditAction.WRITE, step.purpose(), step.caller(), rejected));
            throw new SignalNotFoundException();
        }
        return signal.get();
    }

    /** Records the service's rejection with the outcome of its status, and shows the page with its errors. */
    private String rejected(
            Step step,
            SignedInAccount account,
            Signal signal,
            Model model,
            HttpServletResponse response,
            ApiProblemException rejection) {
        var outcome = SignalAudit.outcomeOf(rejection.status());
        audit.unsuccessful(AuditAction.WRITE, outcome, step.purpose(), step.caller(), signal);
        return showWithErrors(account, signal, model, response, rejection.status(), errors(rejection));
    }

    /** Shows the page with the signal as it is now, because a concurrent change may have archived it. */
    private String showWithErrors(
            SignedInAccount account,
            Signal signal,
            Model model,
            HttpServletResponse response,
            HttpStatus status,
            List<FieldError> errors) {
        response.setStatus(status.value());
        model.addAttribute("errors", new SignalFormErrors(errors));
        var current = signals.find(account, signal.id()).orElseThrow(SignalNotFoundException::new);
        return view.show(account, current, model);
    }

    private String changed(Signal signal, String outcome, RedirectAttributes redirect) {
        redirect.addFlashAttribute("outcome", outcome);
        return "redirect:/signals/" + signal.id();
    }

    /** Turns the service's rejection into the page's errors: a field's error for a 422, a general one otherwise. */
    private static List<FieldError> errors(ApiProblemException rejection) {
        if (rejection.status() == HttpStatus.CONFLICT) {
            // A 409 without errors entries is the one for an archived signal.
            var code = rejection.errors().isEmpty()
                    ? "signal-archived"
                    : rejection.errors().get(0).code();
            return List.of(new FieldError(null, code));
        }
        if (rejection.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            return List.of(new FieldError(null, SignalFormErrors.REGISTER_UNAVAILABLE));
        }
        if (rejection.errors().isEmpty()) {
            return List.of(new FieldError(null, SignalFormErrors.OTHER));
        }
        return rejection.errors().stream().map(SignalChangePages::fieldError).toList();
    }

    private static FieldError fieldError(ApiError error) {
        var pointer = error.location().getOrDefault("pointer", "");
        return switch (pointer) {
            case "/informedOn" ->
                new FieldError(
                        "informed-on", error.code().equals(ApiError.REQUIRED) ? "informed-on-required" : error.code());
            case "/informedParties" ->
                new FieldError(
                        "informed-parents",
                        error.code().equals(ApiError.REQUIRED) ? "informed-parties-required" : error.code());
            case "/endDate" -> new FieldError("new-end-date", error.code());
            default -> new FieldError(null, SignalFormErrors.OTHER);
        };
    }

    /** Reads the date as the browser's date field sends it, yyyy-mm-dd; returns null when empty or unreadable. */
    private static @Nullable LocalDate parseDate(String text) {
        if (text.isBlank()) {
            return null;
        }
        return SignalRequestRules.parseEndDate(text.strip()).orElse(null);
    }
}
