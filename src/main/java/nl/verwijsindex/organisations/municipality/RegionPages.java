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

/**
 * The functional administrator's page of regions: every region with its municipalities, a form that
 * adds a region, and a form that places a municipality in a region or in none.
 */
@Controller
class RegionPages {

    static final String LIST_REGIONS = "list-regions";
    static final String ADD_REGION = "add-region";
    static final String PLACE_MUNICIPALITY = "place-municipality";

    private final RegionManagement management;
    private final AdministrationAudit audit;
    private final AuditedChange auditedChange;

    RegionPages(RegionManagement management, AdministrationAudit audit, AuditedChange auditedChange) {
        this.management = management;
        this.audit = audit;
        this.auditedChange = auditedChange;
    }

    @GetMapping("/administration/regions")
    String regions(@AuthenticationPrincipal SignedInAccount account, Model model, HttpServletRequest request) {
        showPage(account, RegionForm.empty(), PlacementForm.empty(), new FormErrors(), model);
        // The list of every region has no owner to name as its object.
        audit.record(AuditAction.READ, AuditOutcome.SUCCESS, LIST_REGIONS, account, request, "region-list", null);
        return "administration/regions";
    }

    @PostMapping("/administration/regions")
    String addRegion(
            @AuthenticationPrincipal SignedInAccount account,
            @ModelAttribute RegionForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        var outcome = auditedChange.run(() -> {
            var result = management.add(account, form);
            if (result.objectId() != null) {
                audit.write(AuditOutcome.SUCCESS, ADD_REGION, account, request, "region", result.objectId());
            }
            return result;
        });
        if (outcome.objectId() == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            audit.write(AuditOutcome.REJECTED, ADD_REGION, account, request, "region", null);
            showPage(account, form.withoutBsn(), PlacementForm.empty(), outcome.errors(), model);
            return "administration/regions";
        }

        redirect.addFlashAttribute("outcome", "region-added");
        redirect.addFlashAttribute("outcomeName", form.name());
        return "redirect:/administration/regions";
    }

    @PostMapping("/administration/regions/placement")
    String placeMunicipality(
            @AuthenticationPrincipal SignedInAccount account,
            @ModelAttribute PlacementForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        var outcome = auditedChange.run(() -> {
            var result = management.place(account, form);
            if (result.objectId() != null) {
                audit.write(
                        AuditOutcome.SUCCESS, PLACE_MUNICIPALITY, account, request, "municipality", result.objectId());
            }
            return result;
        });
        if (outcome.objectId() == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            audit.write(AuditOutcome.REJECTED, PLACE_MUNICIPALITY, account, request, "municipality", null);
            showPage(account, RegionForm.empty(), form, outcome.errors(), model);
            return "administration/regions";
        }

        redirect.addFlashAttribute("outcome", "municipality-placed");
        redirect.addFlashAttribute("outcomeCode", form.municipality());
        return "redirect:/administration/regions";
    }

    private void showPage(
            SignedInAccount account,
            RegionForm regionForm,
            PlacementForm placementForm,
            FormErrors errors,
            Model model) {
        model.addAttribute("overview", management.overview(account));
        model.addAttribute("regionForm", regionForm);
        model.addAttribute("placementForm", placementForm);
        model.addAttribute("errors", errors);
    }
}
