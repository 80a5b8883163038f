package nl.verwijsindex.organisations.municipality;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.access.AccountRole;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.organisations.OrganisationKind;
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
 * The pages of one municipality, under {@code /municipality/<code>}: its organisations, connecting,
 * suspending and resuming one, and its settings. A municipal officer finds their own at
 * {@code /municipality}, a functional administrator opens each one from the list of all
 * municipalities. Both roles use the same pages.
 */
@Controller
class MunicipalityPages {

    private static final String MUNICIPALITY = "/municipality/{code:[0-9]{4}}";

    private final MunicipalityManagement management;

    MunicipalityPages(MunicipalityManagement management) {
        this.management = management;
    }

    /** Shows an officer their own municipality, and a functional administrator the list of all. */
    @GetMapping("/municipality")
    String home(@AuthenticationPrincipal SignedInAccount account, Model model) {
        if (account.role() == AccountRole.FUNCTIONAL_ADMINISTRATOR) {
            return allMunicipalities(account, model);
        }
        return overview(account, ownCode(account), model);
    }

    @GetMapping("/municipality/settings")
    String ownSettings(@AuthenticationPrincipal SignedInAccount account, Model model) {
        if (account.role() == AccountRole.FUNCTIONAL_ADMINISTRATOR) {
            return allMunicipalities(account, model);
        }
        return settings(account, ownCode(account), model);
    }

    @GetMapping(MUNICIPALITY)
    String overview(@AuthenticationPrincipal SignedInAccount account, @PathVariable String code, Model model) {
        model.addAttribute("municipality", management.municipality(account, code));
        model.addAttribute("organisations", management.organisations(account, code));
        model.addAttribute("functionalAdministrator", account.role() == AccountRole.FUNCTIONAL_ADMINISTRATOR);
        return "municipality/overview";
    }

    @GetMapping(MUNICIPALITY + "/organisations/new")
    String connectForm(@AuthenticationPrincipal SignedInAccount account, @PathVariable String code, Model model) {
        return showConnectForm(account, code, ConnectOrganisationForm.empty(), new FormErrors(), model);
    }

    @PostMapping(MUNICIPALITY + "/organisations/new")
    String connect(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String code,
            @ModelAttribute ConnectOrganisationForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var errors = management.connect(account, code, form);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showConnectForm(account, code, form.withoutBsns(), errors, model);
        }

        redirect.addFlashAttribute("outcome", "connected");
        redirect.addFlashAttribute("outcomeName", form.name());
        return "redirect:/municipality/" + code;
    }

    /** Asks for confirmation, because suspending stops every registration by the organisation. */
    @GetMapping(MUNICIPALITY + "/organisations/{id}/suspend")
    String confirmSuspend(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String code,
            @PathVariable String id,
            Model model) {
        model.addAttribute("municipality", management.municipality(account, code));
        model.addAttribute("organisation", management.organisation(account, code, organisationId(id)));
        return "municipality/confirm-suspend";
    }

    @PostMapping(MUNICIPALITY + "/organisations/{id}/suspend")
    String suspend(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String code,
            @PathVariable String id,
            RedirectAttributes redirect) {
        var change = management.suspend(account, code, organisationId(id));

        redirect.addFlashAttribute("outcome", change.changed() ? "suspended" : "already-suspended");
        redirect.addFlashAttribute("outcomeName", change.organisation().name());
        return "redirect:/municipality/" + code;
    }

    @PostMapping(MUNICIPALITY + "/organisations/{id}/resume")
    String resume(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String code,
            @PathVariable String id,
            RedirectAttributes redirect) {
        var change = management.resume(account, code, organisationId(id));

        redirect.addFlashAttribute("outcome", change.changed() ? "resumed" : "already-connected");
        redirect.addFlashAttribute("outcomeName", change.organisation().name());
        return "redirect:/municipality/" + code;
    }

    @GetMapping(MUNICIPALITY + "/settings")
    String settings(@AuthenticationPrincipal SignedInAccount account, @PathVariable String code, Model model) {
        var form = SettingsForm.of(management.settings(account, code));
        return showSettings(account, code, form, new FormErrors(), model);
    }

    @PostMapping(MUNICIPALITY + "/settings")
    String saveSettings(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String code,
            @ModelAttribute SettingsForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var errors = management.updateSettings(account, code, form);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showSettings(account, code, form, errors, model);
        }

        redirect.addFlashAttribute("outcome", "saved");
        return "redirect:/municipality/" + code + "/settings";
    }

    /** Sends the 404 page, which is the same for a foreign municipality and for none at all. */
    @ExceptionHandler(MunicipalityNotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    private String ownCode(SignedInAccount account) {
        return management.ownMunicipalityCode(account).orElseThrow(MunicipalityNotFoundException::new);
    }

    private String allMunicipalities(SignedInAccount account, Model model) {
        model.addAttribute("municipalities", management.allMunicipalities(account));
        return "administration/municipalities";
    }

    private String showConnectForm(
            SignedInAccount account, String code, ConnectOrganisationForm form, FormErrors errors, Model model) {
        model.addAttribute("municipality", management.municipality(account, code));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kindOptions", kindOptions());
        return "municipality/connect";
    }

    private String showSettings(
            SignedInAccount account, String code, SettingsForm form, FormErrors errors, Model model) {
        model.addAttribute("municipality", management.municipality(account, code));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("maximumRightsRequestDays", MunicipalitySettings.MAXIMUM_RIGHTS_REQUEST_DAYS);
        model.addAttribute("maximumMatchContactDays", MunicipalitySettings.MAXIMUM_MATCH_CONTACT_DAYS);
        return "municipality/settings";
    }

    /** Returns each organisation kind's code with the key of its label, with a first option that chooses none. */
    private static Map<String, String> kindOptions() {
        var options = new LinkedHashMap<String, String>();
        options.put("", "municipality-form.field.kind.choose");
        for (var kind : OrganisationKind.values()) {
            options.put(kind.code(), "organisation-kind." + kind.code());
        }
        return options;
    }

    /** Reads the organisation id of the path; text that is no UUID names no organisation either. */
    private static UUID organisationId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new MunicipalityNotFoundException();
        }
    }
}
