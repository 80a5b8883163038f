package nl.verwijsindex.organisations.municipality;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import nl.verwijsindex.access.AccountRole;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditedChange;
import nl.verwijsindex.organisations.internal.AdministrationAudit;
import nl.verwijsindex.organisations.municipality.OfficerManagement.OfficerChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers of one municipality, under {@code /municipality/<code>/officers}: the list of their
 * accounts, the form that invites another officer, and the buttons that invite again, deactivate
 * and reactivate one. An officer manages the officers of their own municipality, a functional
 * administrator those of every municipality.
 */
@Controller
class OfficerPages {

    private static final Logger log = LoggerFactory.getLogger(OfficerPages.class);

    private static final String OFFICERS = "/municipality/{code:[0-9]{4}}/officers";

    static final String LIST_OFFICERS = "list-officers";
    static final String INVITE_OFFICER = "invite-officer";
    static final String REINVITE_OFFICER = "reinvite-officer";
    static final String DEACTIVATE_OFFICER = "deactivate-officer";
    static final String REACTIVATE_OFFICER = "reactivate-officer";

    private final OfficerManagement officers;
    private final MunicipalityManagement municipalities;
    private final AdministrationAudit audit;
    private final AuditedChange auditedChange;

    OfficerPages(
            OfficerManagement officers,
            MunicipalityManagement municipalities,
            AdministrationAudit audit,
            AuditedChange auditedChange) {
        this.officers = officers;
        this.municipalities = municipalities;
        this.audit = audit;
        this.auditedChange = auditedChange;
    }

    /** Shows an officer the officers of their own municipality, and a functional administrator the list of all municipalities. */
    @GetMapping("/municipality/officers")
    String ownOfficers(@AuthenticationPrincipal SignedInAccount account, Model model, HttpServletRequest request) {
        if (account.role() == AccountRole.FUNCTIONAL_ADMINISTRATOR) {
            model.addAttribute("municipalities", municipalities.allMunicipalities(account));

            // The list of every municipality has no owner to name as its object.
            audit.record(
                    AuditAction.READ,
                    AuditOutcome.SUCCESS,
                    MunicipalityPages.LIST_MUNICIPALITIES,
                    account,
                    request,
                    "municipality-list",
                    null);
            return "administration/municipalities";
        }
        var code = municipalities.ownMunicipalityCode(account).orElseThrow(MunicipalityNotFoundException::new);
        return list(account, code, model, request);
    }

    @GetMapping(OFFICERS)
    String list(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String code,
            Model model,
            HttpServletRequest request) {
        AttemptedStep.remember(request, AuditAction.READ, LIST_OFFICERS, "officer-list", null);
        var page = show(account, code, OfficerForm.empty(), new FormErrors(), model);

        var municipalityId = municipalities.municipality(account, code).id();
        audit.read(LIST_OFFICERS, account, request, "officer-list", municipalityId);
        return page;
    }

    /** Invites the officer and redirects to the list, or shows the list again with the form's errors. */
    @PostMapping(OFFICERS)
    String invite(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String code,
            @ModelAttribute OfficerForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        AttemptedStep.remember(request, AuditAction.WRITE, INVITE_OFFICER, "account", null);
        OfficerManagement.InvitedOfficer invited;
        try {
            invited = auditedChange.run(() -> {
                var result = officers.invite(account, code, form);
                if (result.officerId() != null) {
                    audit.write(AuditOutcome.SUCCESS, INVITE_OFFICER, account, request, "account", result.officerId());
                }
                return result;
            });
        } catch (DuplicateKeyException e) {
            // An account got the address after the check, outside the email lock.
            log.warn(
                    "Invitation of an officer of municipality {} failed: {}",
                    code,
                    e.getClass().getSimpleName());
            var errors = new FormErrors().add("invitee-email", "invitee-email-taken");
            invited = new OfficerManagement.InvitedOfficer(null, errors);
        }
        if (invited.officerId() == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            audit.write(AuditOutcome.REJECTED, INVITE_OFFICER, account, request, "account", null);
            return show(account, code, form.withoutBsns(), invited.errors(), model);
        }

        redirect.addFlashAttribute("outcome", "invited");
        redirect.addFlashAttribute("outcomeName", form.invitee().name());
        return "redirect:/municipality/" + code + "/officers";
    }

    @PostMapping(OFFICERS + "/{id}/invite")
    String reinvite(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String code,
            @PathVariable String id,
            RedirectAttributes redirect,
            HttpServletRequest request) {
        var officerId = officerId(id);
        AttemptedStep.remember(request, AuditAction.WRITE, REINVITE_OFFICER, "account", officerId);
        var change = auditedChange.run(
                () -> recordIfChanged(officers.reinvite(account, code, officerId), REINVITE_OFFICER, account, request));
        return afterChange(change, REINVITE_OFFICER, account, code, redirect, request);
    }

    @PostMapping(OFFICERS + "/{id}/deactivate")
    String deactivate(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String code,
            @PathVariable String id,
            RedirectAttributes redirect,
            HttpServletRequest request) {
        var officerId = officerId(id);
        AttemptedStep.remember(request, AuditAction.WRITE, DEACTIVATE_OFFICER, "account", officerId);
        var change = auditedChange.run(() ->
                recordIfChanged(officers.deactivate(account, code, officerId), DEACTIVATE_OFFICER, account, request));
        return afterChange(change, DEACTIVATE_OFFICER, account, code, redirect, request);
    }

    @PostMapping(OFFICERS + "/{id}/reactivate")
    String reactivate(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String code,
            @PathVariable String id,
            RedirectAttributes redirect,
            HttpServletRequest request) {
        var officerId = officerId(id);
        AttemptedStep.remember(request, AuditAction.WRITE, REACTIVATE_OFFICER, "account", officerId);
        var change = auditedChange.run(() ->
                recordIfChanged(officers.reactivate(account, code, officerId), REACTIVATE_OFFICER, account, request));
        return afterChange(change, REACTIVATE_OFFICER, account, code, redirect, request);
    }

    /**
     * Sends the 404 page, which is the same for a foreign municipality, an account that is no officer
     * of the municipality, and none at all, and records the attempted step as rejected.
     */
    @ExceptionHandler(MunicipalityNotFoundException.class)
    void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AttemptedStep.recordRejected(request, audit);
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    /** Records the success entry inside the change's transaction when the step changed the account. */
    private OfficerChange recordIfChanged(
            OfficerChange change, String purpose, SignedInAccount account, HttpServletRequest request) {
        if (change.changed()) {
            audit.write(
                    AuditOutcome.SUCCESS,
                    purpose,
                    account,
                    request,
                    "account",
                    change.officer().id());
        }
        return change;
    }

    /** Records a rejected step, and redirects to the list with the message of the outcome. */
    private String afterChange(
            OfficerChange change,
            String purpose,
            SignedInAccount account,
            String code,
            RedirectAttributes redirect,
            HttpServletRequest request) {
        if (!change.changed()) {
            audit.write(
                    AuditOutcome.REJECTED,
                    purpose,
                    account,
                    request,
                    "account",
                    change.officer().id());
        }

        redirect.addFlashAttribute(change.changed() ? "outcome" : "failure", change.outcome());
        redirect.addFlashAttribute("outcomeName", change.officer().name());
        return "redirect:/municipality/" + code + "/officers";
    }

    private String show(SignedInAccount account, String code, OfficerForm form, FormErrors errors, Model model) {
        model.addAttribute("municipality", municipalities.municipality(account, code));
        model.addAttribute("officers", officers.officers(account, code));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("signedInAccountId", account.id());
        return "municipality/officers";
    }

    /** Reads the account id of the path; text that is no UUID names no officer either. */
    private static UUID officerId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new MunicipalityNotFoundException();
        }
    }
}
