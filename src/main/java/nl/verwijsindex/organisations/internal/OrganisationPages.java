package nl.verwijsindex.organisations.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.organisations.OrganisationKind;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation administrator's overview of their organisation, and its settings. */
@Controller
class OrganisationPages {

    private final OrganisationManagement management;

    OrganisationPages(OrganisationManagement management) {
        this.management = management;
    }

    @GetMapping("/organisation")
    String overview(@AuthenticationPrincipal SignedInAccount account, Model model) {
        model.addAttribute("overview", management.overview(account));
        return "organisation/overview";
    }

    @GetMapping("/organisation/settings")
    String settings(@AuthenticationPrincipal SignedInAccount account, Model model) {
        return show(model, SettingsForm.of(management.settings(account)), new FormErrors());
    }

    /** Stores the settings and redirects to the overview, or shows the form again with the errors. */
    @PostMapping("/organisation/settings")
    String update(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String defaultSignalMonths,
            @RequestParam(defaultValue = "false") boolean signalOnly,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var form = new SettingsForm(kind, defaultSignalMonths, signalOnly);
        var errors = management.updateSettings(account, form);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(model, form, errors);
        }

        redirect.addFlashAttribute("outcome", "settings-saved");
        return "redirect:/organisation";
    }

    private static String show(Model model, SettingsForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "kinds",
                Arrays.stream(OrganisationKind.values())
                        .map(OrganisationKind::code)
                        .toList());
        model.addAttribute("minimumMonths", OrganisationSettings.MINIMUM_MONTHS);
        model.addAttribute("maximumMonths", OrganisationSettings.MAXIMUM_MONTHS);
        return "organisation/settings";
    }
}
