package nl.verwijsindex.organisations.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditedChange;
import nl.verwijsindex.organisations.internal.OrganisationManagement.ProfessionalNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
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

/** The organisation's professionals: the list, designating a new one, deactivating and reactivating. */
@Controller
class ProfessionalPages {

    private static final Logger log = LoggerFactory.getLogger(ProfessionalPages.class);

    static final String LIST_PROFESSIONALS = "list-professionals";
    static final String DESIGNATE_PROFESSIONAL = "designate-professional";
    static final String REINVITE_PROFESSIONAL = "reinvite-professional";
    static final String DEACTIVATE_PROFESSIONAL = "deactivate-professional";
    static final String REACTIVATE_PROFESSIONAL = "reactivate-professional";

    private final OrganisationManagement management;
    private final AdministrationAudit audit;
    private final AuditedChange auditedChange;

    ProfessionalPages(OrganisationManagement management, AdministrationAudit audit, AuditedChange auditedChange) {
        this.management = management;
        this.audit = audit;
        this.auditedChange = auditedChange;
    }

    @GetMapping("/organisation/professionals")
    String list(@AuthenticationPrincipal SignedInAccount account, Model model, HttpServletRequest request) {
        model.addAttribute("professionals", management.professionals(account));

        var organisationId = OrganisationManagement.administeredOrganisation(account);
        audit.read(LIST_PROFESSIONALS, account, request, "professional-list", organisationId);
        return "organisation/professionals";
    }

    @GetMapping("/organisation/professionals/new")
    String form(@AuthenticationPrincipal SignedInAccount account, Model model) {
        OrganisationManagement.administeredOrganisation(account);
        return show(model, ProfessionalForm.empty(), new FormErrors());
    }

    /** Designates the professional and redirects to the list, or shows the form again with the errors. */
    @PostMapping("/organisation/professionals")
    String designate(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "") String language,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        var form = new ProfessionalForm(name, email, phone, language);
        OrganisationManagement.Designation designation;
        try {
            designation = auditedChange.run(() -> {
                var designated = management.designate(account, form);
                if (designated.professionalId() != null) {
                    audit.write(
                            AuditOutcome.SUCCESS,
                            DESIGNATE_PROFESSIONAL,
                            account,
                            request,
                            "professional",
                            designated.professionalId());
                }
                return designated;
            });
        } catch (DuplicateKeyException e) {
            // Another request stored the same address after this one checked it.
            var errors = new FormErrors();
            errors.add("email", "email-taken", form.email());
            designation = new OrganisationManagement.Designation(null, errors);
        }
        if (designation.professionalId() == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            audit.write(AuditOutcome.REJECTED, DESIGNATE_PROFESSIONAL, account, request, "professional", null);
            return show(model, form.withoutBsns(), designation.errors());
        }

        redirect.addFlashAttribute("outcome", "designated");
        redirect.addFlashAttribute("outcomeName", form.name());
        return "redirect:/organisation/professionals";
    }

    /** Sends a new invitation link, or reports why the professional cannot get one. */
    @PostMapping("/organisation/professionals/{id}/invite")
    String invite(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String id,
            RedirectAttributes redirect,
            HttpServletRequest request) {
        var professional = professional(account, id, REINVITE_PROFESSIONAL, request);

        String outcome;
        try {
            outcome = auditedChange.run(() -> {
                var result = management.reinvite(account, professional.id());
                if (result.equals("invited")) {
                    audit.write(
                            AuditOutcome.SUCCESS,
                            REINVITE_PROFESSIONAL,
                            account,
                            request,
                            "professional",
                            professional.id());
                }
                return result;
            });
        } catch (DuplicateKeyException e) {
            // A professional designated before invitations existed can share an address with another account.
            log.warn(
                    "Invitation of professional {} failed: {}",
                    professional.id(),
                    e.getClass().getSimpleName());
            outcome = "reinvite-email-taken";
        }
        var invited = outcome.equals("invited");
        if (!invited) {
            audit.write(
                    AuditOutcome.REJECTED, REINVITE_PROFESSIONAL, account, request, "professional", professional.id());
        }
        redirect.addFlashAttribute(invited ? "outcome" : "failure", outcome);
        redirect.addFlashAttribute("outcomeName", professional.name());
        return "redirect:/organisation/professionals";
    }

    @PostMapping("/organisation/professionals/{id}/deactivate")
    String deactivate(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String id,
            RedirectAttributes redirect,
            HttpServletRequest request) {
        var professional = professional(account, id, DEACTIVATE_PROFESSIONAL, request);

        auditedChange.run(() -> {
            management.deactivate(account, professional.id());
            audit.write(
                    AuditOutcome.SUCCESS, DEACTIVATE_PROFESSIONAL, account, request, "professional", professional.id());
        });
        redirect.addFlashAttribute("outcome", "deactivated");
        redirect.addFlashAttribute("outcomeName", professional.name());
        return "redirect:/organisation/professionals";
    }

    @PostMapping("/organisation/professionals/{id}/reactivate")
    String reactivate(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String id,
            RedirectAttributes redirect,
            HttpServletRequest request) {
        var professional = professional(account, id, REACTIVATE_PROFESSIONAL, request);

        auditedChange.run(() -> {
            management.reactivate(account, professional.id());
            audit.write(
                    AuditOutcome.SUCCESS, REACTIVATE_PROFESSIONAL, account, request, "professional", professional.id());
        });
        redirect.addFlashAttribute("outcome", "reactivated");
        redirect.addFlashAttribute("outcomeName", professional.name());
        return "redirect:/organisation/professionals";
    }

    /**
     * Returns the organisation's professional, or records the step as rejected and throws
     * {@link ProfessionalNotFoundException} when the id names no professional of the organisation.
     */
    private OrganisationRecords.ProfessionalRecord professional(
            SignedInAccount account, String id, String purpose, HttpServletRequest request) {
        var professionalId = professionalId(id);
        try {
            return management.professional(account, professionalId).professional();
        } catch (ProfessionalNotFoundException notFound) {
            audit.write(AuditOutcome.REJECTED, purpose, account, request, "professional", professionalId);
            throw notFound;
        }
    }

    /** Sends the 404 page, which is the same for a professional of another organisation and for no professional. */
    @ExceptionHandler(ProfessionalNotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    private static String show(Model model, ProfessionalForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "organisation/new-professional";
    }

    /** Reads the id of the path; an id that is no UUID names no professional of the organisation either. */
    private static UUID professionalId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ProfessionalNotFoundException();
        }
    }
}
