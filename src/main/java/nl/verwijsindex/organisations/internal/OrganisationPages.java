package nl.verwijsindex.organisations.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditedChange;
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

    static final String READ_ORGANISATION = "read-organisation";
    static final String READ_ORGANISATION_SETTINGS = "read-organisation-settings";
    static final String CHANGE_ORGANISATION_SETTINGS = "change-organisation-settings";

    private final OrganisationManagement management;
    private final AdministrationAudit audit;
    private final AuditedChange auditedChange;

    OrganisationPages(OrganisationManagement management, AdministrationAudit audit, AuditedChange auditedChange) {
        this.management = management;
        this.audit = audit;
        this.auditedChange = auditedChange;
    }

    @GetMapping("/organisation")
    String overview(@AuthenticationPrincipal SignedInAccount account, Model model, HttpServletRequest request) {
        model.addAttribute("overview", management.overview(account));

        audit.read(READ_ORGANISATION, account, request, "organisation", organisation(account));
        return "organisation/overview";
    }

    @GetMapping("/organisation/settings")
    String settings(@AuthenticationPrincipal SignedInAccount account, Model model, HttpServletRequest request) {
        var form = SettingsForm.of(management.settings(account));

        audit.read(READ_ORGANISATION_SETTINGS, account, request, "organisation", organisation(account));
        return show(model, form, new FormErrors());
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
            HttpServletRequest request,
            HttpServletResponse response) {
        var form = new SettingsForm(kind, defaultSignalMonths, signalOnly);
        var organisationId = organisation(account);
        var errors = auditedChange.run(() -> {
            var formErrors = management.updateSettings(account, form);
            if (formErrors.isEmpty()) {
                audit.write(
                        AuditOutcome.SUCCESS,
                        CHANGE_ORGANISATION_SETTINGS,
                        account,
                        request,
                        "organisation",
                        organisationId);
            }
            return formErrors;
        });
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            audit.write(
                    AuditOutcome.REJECTED,
                    CHANGE_ORGANISATION_SETTINGS,
                    account,
                    request,
                    "organisation",
                    organisationId);
            return show(model, form, errors);
        }

        redirect.addFlashAttribute("outcome", "settings-saved");
        return "redirect:/organisation";
    }

    private static java.util.UUID organisation(SignedInAccount account) {
        return OrganisationManagement.administeredOrganisation(account);
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
