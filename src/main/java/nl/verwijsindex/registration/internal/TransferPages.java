package nl.verwijsindex.registration.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditedChange;
import nl.verwijsindex.registration.internal.OrganisationSignals.ProfessionalNotFoundException;
import nl.verwijsindex.registration.internal.SignalAudit.Caller;
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
    private final SignalAudit audit;
    private final AuditedChange auditedChange;

    TransferPages(OrganisationSignals signals, SignalAudit audit, AuditedChange auditedChange) {
        this.signals = signals;
        this.audit = audit;
        this.auditedChange = auditedChange;
    }

    @GetMapping("/organisation/signals")
    String list(@AuthenticationPrincipal SignedInAccount account, Model model, HttpServletRequest request) {
        model.addAttribute("signals", signals.signals(account));

        audit.signals(
                AuditAction.READ,
                AuditOutcome.SUCCESS,
                SignalAudit.LIST_ORGANISATION_SIGNALS,
                Caller.of(account, request.getRemoteAddr()),
                "signal-list",
                account.organisationId());
        return "organisation/signals";
    }

    @GetMapping("/organisation/professionals/{id}/transfer")
    String form(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String id,
            Model model,
            HttpServletRequest request) {
        var professionalId = professionalId(id);
        var caller = Caller.of(account, request.getRemoteAddr());
        OrganisationSignals.TransferForm form;
        try {
            form = signals.transferForm(account, professionalId);
        } catch (ProfessionalNotFoundException notFound) {
            recordForm(AuditOutcome.REJECTED, caller, professionalId);
            throw notFound;
        }
        var allSignals = new HashSet<UUID>();
        form.signals().forEach(signal -> allSignals.add(signal.signal().id()));

        recordForm(AuditOutcome.SUCCESS, caller, professionalId);
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
            HttpServletRequest request,
            HttpServletResponse response) {
        var fromProfessionalId = professionalId(id);
        var caller = Caller.of(account, request.getRemoteAddr());
        var chosenSignals = signalIds(chosen);
        UUID colleagueId;
        OrganisationSignals.TransferResult result;
        try {
            colleagueId = colleague.isBlank() ? null : professionalId(colleague);
            result = auditedChange.run(() -> {
                var transfer = signals.transfer(account, fromProfessionalId, colleagueId, chosenSignals);
                if (transfer.outcome() != null) {
                    recordTransfer(AuditOutcome.SUCCESS, caller, fromProfessionalId);
                }
                return transfer;
            });
        } catch (ProfessionalNotFoundException notFound) {
            recordTransfer(AuditOutcome.REJECTED, caller, fromProfessionalId);
            throw notFound;
        }
        var outcome = result.outcome();
        if (outcome == null) {
            recordTransfer(AuditOutcome.REJECTED, caller, fromProfessionalId);
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

    private void recordForm(AuditOutcome outcome, Caller caller, UUID professionalId) {
        audit.signals(
                AuditAction.READ, outcome, SignalAudit.READ_TRANSFER_SIGNALS, caller, "signal-list", professionalId);
    }

    private void recordTransfer(AuditOutcome outcome, Caller caller, UUID fromProfessionalId) {
        audit.signals(
                AuditAction.WRITE, outcome, SignalAudit.TRANSFER_SIGNALS, caller, "signal-list", fromProfessionalId);
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
