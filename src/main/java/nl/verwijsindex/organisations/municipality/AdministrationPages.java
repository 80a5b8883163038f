package nl.verwijsindex.organisations.municipality;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditedChange;
import nl.verwijsindex.organisations.internal.AdministrationAudit;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The functional administrator's list of all municipalities, and the form that adds one. */
@Controller
class AdministrationPages {

    static final String ADD_MUNICIPALITY = "add-municipality";

    private final MunicipalityManagement management;
    private final AdministrationAudit audit;
    private final AuditedChange auditedChange;

    AdministrationPages(MunicipalityManagement management, AdministrationAudit audit, AuditedChange auditedChange) {
        this.management = management;
        this.audit = audit;
        this.auditedChange = auditedChange;
    }

    @GetMapping("/administration")
    String municipalities(@AuthenticationPrincipal SignedInAccount account, Model model, HttpServletRequest request) {
        model.addAttribute("municipalities", management.allMunicipalities(account));

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

    @GetMapping("/administration/municipalities/new")
    String newMunicipalityForm(@AuthenticationPrincipal SignedInAccount account, Model model) {
        management.requireFunctionalAdministrator(account);
        return showForm(NewMunicipalityForm.empty(), new FormErrors(), model);
    }

    @PostMapping("/administration/municipalities/new")
    String addMunicipality(
            @AuthenticationPrincipal SignedInAccount account,
            @ModelAttribute NewMunicipalityForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        var errors = auditedChange.run(() -> {
            var formErrors = management.addMunicipality(account, form);
            if (formErrors.isEmpty()) {
                // NOTE: the entry names no municipality, because adding one does not return its id.
                audit.write(AuditOutcome.SUCCESS, ADD_MUNICIPALITY, account, request, "municipality", null);
            }
            return formErrors;
        });
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            audit.write(AuditOutcome.REJECTED, ADD_MUNICIPALITY, account, request, "municipality", null);
            return showForm(form.withoutBsns(), errors, model);
        }

        redirect.addFlashAttribute("outcome", "added");
        redirect.addFlashAttribute("outcomeName", form.name());
        return "redirect:/administration";
    }

    private static String showForm(NewMunicipalityForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "administration/new-municipality";
    }
}
