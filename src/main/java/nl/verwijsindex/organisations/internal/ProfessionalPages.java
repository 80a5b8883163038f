package nl.verwijsindex.organisations.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import nl.verwijsindex.access.SignedInAccount;
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

    private final OrganisationManagement management;

    ProfessionalPages(OrganisationManagement management) {
        this.management = management;
    }

    @GetMapping("/organisation/professionals")
    String list(@AuthenticationPrincipal SignedInAccount account, Model model) {
        model.addAttribute("professionals", management.professionals(account));
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
            HttpServletResponse response) {
        var form = new ProfessionalForm(name, email, phone, language);
        OrganisationManagement.Designation designation;
        try {
            designation = management.designate(account, form);
        } catch (DuplicateKeyException e) {
            // Another request stored the same address after this one checked it.
            var errors = new FormErrors();
            errors.add("email", "email-taken", form.email());
            designation = new OrganisationManagement.Designation(null, errors);
        }
        if (designation.professionalId() == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(model, form.withoutBsns(), designation.errors());
        }

        redirect.addFlashAttribute("outcome", "designated");
        redirect.addFlashAttribute("outcomeName", form.name());
        return "redirect:/organisation/professionals";
    }

    /** Sends a new invitation link, or reports why the professional cannot get one. */
    @PostMapping("/organisation/professionals/{id}/invite")
    String invite(
            @AuthenticationPrincipal SignedInAccount account, @PathVariable String id, RedirectAttributes redirect) {
        var professional = management.professional(account, professionalId(id)).professional();

        String outcome;
        try {
            outcome = management.reinvite(account, professional.id());
        } catch (DuplicateKeyException e) {
            // A professional designated before invitations existed can share an address with another account.
            log.warn(
                    "Invitation of professional {} failed: {}",
                    professional.id(),
                    e.getClass().getSimpleName());
            outcome = "reinvite-email-taken";
        }
        redirect.addFlashAttribute(outcome.equals("invited") ? "outcome" : "failure", outcome);
        redirect.addFlashAttribute("outcomeName", professional.name());
        return "redirect:/organisation/professionals";
    }

    @PostMapping("/organisation/professionals/{id}/deactivate")
    String deactivate(
            @AuthenticationPrincipal SignedInAccount account, @PathVariable String id, RedirectAttributes redirect) {
        var professional = management.professional(account, professionalId(id)).professional();

        management.deactivate(account, professional.id());
        redirect.addFlashAttribute("outcome", "deactivated");
        redirect.addFlashAttribute("outcomeName", professional.name());
        return "redirect:/organisation/professionals";
    }

    @PostMapping("/organisation/professionals/{id}/reactivate")
    String reactivate(
            @AuthenticationPrincipal SignedInAccount account, @PathVariable String id, RedirectAttributes redirect) {
        var professional = management.professional(account, professionalId(id)).professional();

        management.reactivate(account, professional.id());
        redirect.addFlashAttribute("outcome", "reactivated");
        redirect.addFlashAttribute("outcomeName", professional.name());
        return "redirect:/organisation/professionals";
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
