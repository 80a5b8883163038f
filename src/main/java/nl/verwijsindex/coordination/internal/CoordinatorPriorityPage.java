package nl.verwijsindex.coordination.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditedChange;
import nl.verwijsindex.coordination.CoordinatorPriorities;
import nl.verwijsindex.coordination.CoordinatorPriorities.MunicipalityNotFoundException;
import nl.verwijsindex.organisations.OrganisationAdministration;
import nl.verwijsindex.organisations.OrganisationKind;
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

/**
 * The municipality's order of organisation kinds that proposes a coordinator for each new match.
 * The form has one select per place, so that the order can be set without JavaScript. Empty
 * places are left out. {@link CoordinatorPriorities} checks the account's role and municipality.
 */
@Controller
class CoordinatorPriorityPage {

    private static final String PAGE = "/municipality/{code:[0-9]{4}}/coordinator-priority";

    private final CoordinatorPriorities priorities;
    private final OrganisationAdministration organisations;
    private final CoordinationAudit audit;
    private final AuditedChange auditedChange;

    CoordinatorPriorityPage(
            CoordinatorPriorities priorities,
            OrganisationAdministration organisations,
            CoordinationAudit audit,
            AuditedChange auditedChange) {
        this.priorities = priorities;
        this.organisations = organisations;
        this.audit = audit;
        this.auditedChange = auditedChange;
    }

    @GetMapping(PAGE)
    String show(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String code,
            Model model,
            HttpServletRequest request) {
        var municipality =
                readable(account, code, AuditAction.READ, CoordinationAudit.READ_COORDINATOR_PRIORITY, request);
        var kinds = priorities.priorityOf(account, municipality).stream()
                .map(OrganisationKind::code)
                .toList();

        audit.priority(
                AuditAction.READ,
                CoordinationAudit.READ_COORDINATOR_PRIORITY,
                AuditOutcome.SUCCESS,
                account,
                request.getRemoteAddr(),
                municipality);
        return page(code, places(kinds), -1, null, model);
    }

    @PostMapping(PAGE)
    String save(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String code,
            @RequestParam(name = "kinds", defaultValue = "") List<String> chosen,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        // Read the list first, so that a foreign municipality gives 404 before the form is checked.
        var municipality =
                readable(account, code, AuditAction.WRITE, CoordinationAudit.SET_COORDINATOR_PRIORITY, request);
        var rejected = (Runnable) () -> recordSave(AuditOutcome.REJECTED, account, request, municipality);
        if (chosen.size() > OrganisationKind.values().length) {
            // Only a crafted request has more places than the form; reject it instead of saving an empty list.
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            rejected.run();
            return page(code, places(List.of()), 0, "too-many-places", model);
        }
        var places = places(chosen);

        var kinds = new ArrayList<OrganisationKind>();
        var seen = new HashSet<OrganisationKind>();
        for (int place = 0; place < places.size(); place++) {
            if (places.get(place).isEmpty()) {
                continue;
            }
            var kind = OrganisationKind.fromCode(places.get(place));
            if (kind.isEmpty()) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                rejected.run();
                return page(code, places(List.of()), place, "kind-unknown", model);
            }
            if (!seen.add(kind.get())) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                rejected.run();
                return page(code, places, place, "kind-repeated", model);
            }
            kinds.add(kind.get());
        }

        auditedChange.run(() -> {
            priorities.setPriority(account, municipality, kinds);
            recordSave(AuditOutcome.SUCCESS, account, request, municipality);
        });
        redirect.addFlashAttribute("outcome", "saved");
        return "redirect:/municipality/" + code + "/coordinator-priority";
    }

    private void recordSave(
            AuditOutcome outcome, SignedInAccount account, HttpServletRequest request, UUID municipality) {
        audit.priority(
                AuditAction.WRITE,
                CoordinationAudit.SET_COORDINATOR_PRIORITY,
                outcome,
                account,
                request.getRemoteAddr(),
                municipality);
    }

    /**
     * Returns the id of the municipality whose list the account may read, or records the step as
     * rejected and throws {@link MunicipalityNotFoundException}. The entry names the municipality
     * when the code names one.
     */
    private UUID readable(
            SignedInAccount account, String code, AuditAction action, String purpose, HttpServletRequest request) {
        var found = organisations.findMunicipality(code);
        try {
            var municipality = found.orElseThrow(() -> new MunicipalityNotFoundException(code));
            priorities.priorityOf(account, municipality);
            return municipality;
        } catch (MunicipalityNotFoundException notFound) {
            audit.rejectedPriority(action, purpose, account, request.getRemoteAddr(), found.orElse(null));
            throw notFound;
        }
    }

    @ExceptionHandler(MunicipalityNotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    /**
     * Returns the page with one select per organisation kind.
     *
     * @param errorPlace the index of the place with the error, or -1
     */
    private static String page(String code, List<String> places, int errorPlace, String error, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("places", places);
        model.addAttribute(
                "kinds",
                Arrays.stream(OrganisationKind.values())
                        .map(OrganisationKind::code)
                        .toList());
        model.addAttribute("errorPlace", errorPlace);
        model.addAttribute("error", Optional.ofNullable(error).orElse(""));
        return "coordination/priority";
    }

    /** Returns one value per organisation kind: the chosen codes, then empty places. */
    private static List<String> places(List<String> chosen) {
        var places = new ArrayList<>(chosen);
        while (places.size() < OrganisationKind.values().length) {
            places.add("");
        }
        return places;
    }
}
