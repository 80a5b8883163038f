package nl.verwijsindex.organisations.municipality;

import jakarta.servlet.http.HttpServletResponse;
import nl.verwijsindex.access.SignedInAccount;
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

    private final MunicipalityManagement management;

    AdministrationPages(MunicipalityManagement management) {
        this.management = management;
    }

    @GetMapping("/administration")
    String municipalities(@AuthenticationPrincipal SignedInAccount account, Model model) {
        model.addAttribute("municipalities", management.allMunicipalities(account));
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
            HttpServletResponse response) {
        var errors = management.addMunicipality(account, form);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
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
