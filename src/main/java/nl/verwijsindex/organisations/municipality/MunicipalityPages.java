package nl.verwijsindex.organisations.municipality;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.access.AccountRole;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditedChange;
import nl.verwijsindex.organisations.OrganisationKind;
import nl.verwijsindex.organisations.internal.AdministrationAudit;
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

    static final String LIST_MUNICIPALITIES = "list-municipalities";
    static final String READ_MUNICIPALITY = "read-municipality";
    static final String CONNECT_ORGANISATION = "connect-organisation";
    static final String READ_ORGANISATION = "read-organisation";
    static final String SUSPEND_ORGANISATION = "suspend-organisation";
    static final String RESUME_ORGANISATION = "resume-organisation";
    static final String READ_MUNICIPALITY_SETTINGS = "read-municipality-settings";
    static final String CHANGE_MUNICIPALITY_SETTINGS = "change-municipality-settings";

    private final MunicipalityManagement management;
    private final AdministrationAudit audit;
    private final AuditedChange auditedChange;

    MunicipalityPages(MunicipalityManagement management, AdministrationAudit audit, AuditedChange auditedChange) {
        this.management = management;
        this.audit = audit;
        this.auditedChange = auditedChange;
    }

    /** Shows an officer their own municipality, and a functional administrator the list of all. */
    @GetMapping("/municipality")
    String home(@AuthenticationPrincipal SignedInAccount account, Model model, HttpServletRequest request) {
        if (account.role() == AccountRole.FUNCTIONAL_ADMINISTRATOR) {
            return allMunicipalities(account, model, request);
        }
        return overview(account, ownCode(account), model, request);
    }

    @GetMapping("/municipality/settings")
    String ownSettings(@AuthenticationPrincipal SignedInAccount account, Model model, HttpServletRequest request) {
        if (account.role() == AccountRole.FUNCTIONAL_ADMINISTRATOR) {
            return allMunicipalities(account, model, request);
        }
        return settings(account, ownCode(account), model, request);
    }

    @GetMapping(MUNICIPALITY)
    String overview(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String code,
            Model model,
            HttpServletRequest request) {
        AttemptedStep.remember(request, AuditAction.READ, READ_MUNICIPALITY, "municipality", null);
        var municipality = management.municipality(account, code);
        model.addAttribute("municipality", municipality);
        model.addAttribute("organisations", management.organisations(account, code));
        model.addAttribute("functionalAdministrator", account.role() == AccountRole.FUNCTIONAL_ADMINISTRATOR);

        audit.read(READ_MUNICIPALITY, account, request, "municipality", municipality.id());
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
            HttpServletRequest request,
            HttpServletResponse response) {
        AttemptedStep.remember(request, AuditAction.WRITE, CONNECT_ORGANISATION, "municipality", null);
        var errors = auditedChange.run(() -> {
            var formErrors = management.connect(account, code, form);
            if (formErrors.isEmpty()) {
                var municipalityId = management.municipality(account, code).id();
                audit.write(
                        AuditOutcome.SUCCESS, CONNECT_ORGANISATION, account, request, "municipality", municipalityId);
            }
            return formErrors;
        });
        if (!errors.isEmpty()) {
            var municipalityId = management.municipality(account, code).id();
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            audit.write(AuditOutcome.REJECTED, CONNECT_ORGANISATION, account, request, "municipality", municipalityId);
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
            Model model,
            HttpServletRequest request) {
        var organisationId = organisationId(id);
        AttemptedStep.remember(request, AuditAction.READ, READ_ORGANISATION, "organisation", organisationId);
        model.addAttribute("municipality", management.municipality(account, code));
        model.addAttribute("organisation", management.organisation(account, code, organisationId));

        audit.read(READ_ORGANISATION, account, request, "organisation", organisationId);
        return "municipality/confirm-suspend";
    }

    @PostMapping(MUNICIPALITY + "/organisations/{id}/suspend")
    String suspend(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String code,
            @PathVariable String id,
            RedirectAttributes redirect,
            HttpServletRequest request) {
        var organisationId = organisationId(id);
        AttemptedStep.remember(request, AuditAction.WRITE, SUSPEND_ORGANISATION, "organisation", organisationId);
        var change = auditedChange.run(() -> {
            var suspension = management.suspend(account, code, organisationId);
            if (suspension.changed()) {
                audit.write(
                        AuditOutcome.SUCCESS, SUSPEND_ORGANISATION, account, request, "organisation", organisationId);
            }
            return suspension;
        });
        if (!change.changed()) {
            audit.write(AuditOutcome.REJECTED, SUSPEND_ORGANISATION, account, request, "organisation", organisationId);
        }

        redirect.addFlashAttribute("outcome", change.changed() ? "suspended" : "already-suspended");
        redirect.addFlashAttribute("outcomeName", change.organisation().name());
        return "redirect:/municipality/" + code;
    }

    @PostMapping(MUNICIPALITY + "/organisations/{id}/resume")
    String resume(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String code,
            @PathVariable String id,
            RedirectAttributes redirect,
            HttpServletRequest request) {
        var organisationId = organisationId(id);
        AttemptedStep.remember(request, AuditAction.WRITE, RESUME_ORGANISATION, "organisation", organisationId);
        var change = auditedChange.run(() -> {
            var resumption = management.resume(account, code, organisationId);
            if (resumption.changed()) {
                audit.write(
                        AuditOutcome.SUCCESS, RESUME_ORGANISATION, account, request, "organisation", organisationId);
            }
            return resumption;
        });
        if (!change.changed()) {
            audit.write(AuditOutcome.REJECTED, RESUME_ORGANISATION, account, request, "organisation", organisationId);
        }

        redirect.addFlashAttribute("outcome", change.changed() ? "resumed" : "already-connected");
        redirect.addFlashAttribute("outcomeName", change.organisation().name());
        return "redirect:/municipality/" + code;
    }

    @GetMapping(MUNICIPALITY + "/settings")
    String settings(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String code,
            Model model,
            HttpServletRequest request) {
        AttemptedStep.remember(request, AuditAction.READ, READ_MUNICIPALITY_SETTINGS, "municipality", null);
        var form = SettingsForm.of(management.settings(account, code));
        var page = showSettings(account, code, form, new FormErrors(), model);

        var municipalityId = management.municipality(account, code).id();
        audit.read(READ_MUNICIPALITY_SETTINGS, account, request, "municipality", municipalityId);
        return page;
    }

    @PostMapping(MUNICIPALITY + "/settings")
    String saveSettings(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String code,
            @ModelAttribute SettingsForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        AttemptedStep.remember(request, AuditAction.WRITE, CHANGE_MUNICIPALITY_SETTINGS, "municipality", null);
        var errors = auditedChange.run(() -> {
            var formErrors = management.updateSettings(account, code, form);
            if (formErrors.isEmpty()) {
                var municipalityId = management.municipality(account, code).id();
                audit.write(
                        AuditOutcome.SUCCESS,
                        CHANGE_MUNICIPALITY_SETTINGS,
                        account,
                        request,
                        "municipality",
                        municipalityId);
            }
            return formErrors;
        });
        if (!errors.isEmpty()) {
            var municipalityId = management.municipality(account, code).id();
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            audit.write(
                    AuditOutcome.REJECTED,
                    CHANGE_MUNICIPALITY_SETTINGS,
                    account,
                    request,
                    "municipality",
                    municipalityId);
            return showSettings(account, code, form, errors, model);
        }

        redirect.addFlashAttribute("outcome", "saved");
        return "redirect:/municipality/" + code + "/settings";
    }

    /**
     * Sends the 404 page, which is the same for a foreign municipality and for none at all, and
     * records the step that the handler attempted as rejected. A foreign municipality is named by
     * no object, because only its code, not its id, is known.
     */
    @ExceptionHandler(MunicipalityNotFoundException.class)
    void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AttemptedStep.recordRejected(request, audit);
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    private String ownCode(SignedInAccount account) {
        return management.ownMunicipalityCode(account).orElseThrow(MunicipalityNotFoundException::new);
    }

    private String allMunicipalities(SignedInAccount account, Model model, HttpServletRequest request) {
        model.addAttribute("municipalities", management.allMunicipalities(account));

        // The list of every municipality has no owner to name as its object.
        audit.record(
                AuditAction.READ,
                AuditOutcome.SUCCESS,
                LIST_MUNICIPALITIES,
                account,
                request,
                "municipality-list",
                null);
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
