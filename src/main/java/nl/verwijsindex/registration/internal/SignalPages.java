package nl.verwijsindex.registration.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditedChange;
import nl.verwijsindex.registration.internal.ProfessionalSignals.SignalNotFoundException;
import nl.verwijsindex.registration.internal.SignalAudit.Caller;
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
    private final SignalAudit audit;
    private final AuditedChange auditedChange;

    SignalPages(ProfessionalSignals signals, SignalPageView view, SignalAudit audit, AuditedChange auditedChange) {
        this.signals = signals;
        this.view = view;
        this.audit = audit;
        this.auditedChange = auditedChange;
    }

    @GetMapping("/signals")
    String list(@AuthenticationPrincipal SignedInAccount account, Model model, HttpServletRequest request) {
        var all = signals.signals(account);
        var caller = Caller.of(account, request.getRemoteAddr());
        audit.signals(
                AuditAction.READ,
                AuditOutcome.SUCCESS,
                SignalAudit.LIST_SIGNALS,
                caller,
                "signal-list",
                account.professionalId());

        model.addAttribute("activeSignals", all.stream().filter(Signal::active).toList());
        model.addAttribute(
                "archivedSignals",
                all.stream().filter(signal -> !signal.active()).toList());
        return "signals/list";
    }

    @GetMapping("/signals/{id}")
    String show(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String id,
            Model model,
            HttpServletRequest request) {
        var caller = Caller.of(account, request.getRemoteAddr());
        var signal = ownSignal(account, id, AuditAction.READ, SignalAudit.READ_SIGNAL, caller);

        var page = view.show(account, signal, model);
        audit.signal(AuditAction.READ, AuditOutcome.SUCCESS, SignalAudit.READ_SIGNAL, caller, signal);
        return page;
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
            HttpServletRequest request,
            HttpServletResponse response) {
        var caller = Caller.of(account, request.getRemoteAddr());
        var signal = ownSignal(account, id, AuditAction.WRITE, SignalAudit.END_SIGNAL, caller);
        var endReason = EndReason.fromCode(reason);
        if (endReason.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            audit.unsuccessful(AuditAction.WRITE, AuditOutcome.REJECTED, SignalAudit.END_SIGNAL, caller, signal);
            return showWithError(account, signal, model, "reason-missing");
        }
        if (endReason.get() == EndReason.UNJUSTIFIED && !confirmed) {
            // The confirmation page changes nothing, so only the confirmed post is recorded.
            model.addAttribute("signal", signal);
            return "signals/confirm-destroy";
        }

        Optional<Signal> archived;
        try {
            archived = auditedChange.run(() -> {
                var ended = signals.end(account, signal.id(), endReason.get());
                audit.signal(AuditAction.WRITE, AuditOutcome.SUCCESS, SignalAudit.END_SIGNAL, caller, signal);
                return ended;
            });
        } catch (ApiProblemException rejection) {
            // The only rejection left is 409: the signal was archived meanwhile, so it cannot be archived again.
            response.setStatus(HttpStatus.CONFLICT.value());
            audit.unsuccessful(AuditAction.WRITE, AuditOutcome.REJECTED, SignalAudit.END_SIGNAL, caller, signal);
            return showWithError(account, signals.find(account, signal.id()).orElse(signal), model, "already-ended");
        }
        return ended(signal, archived, redirect);
    }

    /**
     * Returns the professional's own signal, or records the step as rejected and throws
     * {@link SignalNotFoundException} when the id names no signal of theirs.
     */
    private Signal ownSignal(SignedInAccount account, String id, AuditAction action, String purpose, Caller caller) {
        var signalId = parseId(id);
        var signal = signalId.flatMap(found -> signals.find(account, found));
        if (signal.isEmpty()) {
            signalId.ifPresent(rejected -> audit.rejectedRequest(action, purpose, caller, rejected));
            throw new SignalNotFoundException();
        }
        return signal.get();
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
        return parseId(id).orElseThrow(SignalNotFoundException::new);
    }

    /** Reads the id of the path, or returns empty when it is no UUID. */
    static Optional<UUID> parseId(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
