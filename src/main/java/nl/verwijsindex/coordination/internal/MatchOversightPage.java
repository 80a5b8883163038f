package nl.verwijsindex.coordination.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.verwijsindex.access.AccountRole;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.coordination.CoordinatorPriorities.MunicipalityNotFoundException;
import nl.verwijsindex.organisations.MunicipalityDirectory;
import nl.verwijsindex.organisations.OrganisationAdministration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The list of a municipality's matches without contact, for the municipal officers of that
 * municipality only. Another municipality's code gets 404, like the other municipality pages, and
 * any other role 403.
 */
@Controller
class MatchOversightPage {

    private final OrganisationAdministration organisations;
    private final MunicipalityDirectory directory;
    private final OversightList list;
    private final OversightAudit audit;
    private final Clock clock;

    MatchOversightPage(
            OrganisationAdministration organisations,
            MunicipalityDirectory directory,
            OversightList list,
            OversightAudit audit,
            Clock clock) {
        this.organisations = organisations;
        this.directory = directory;
        this.list = list;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/municipality/{code:[0-9]{4}}/matches")
    String show(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String code,
            Model model,
            HttpServletRequest request) {
        if (account.role() != AccountRole.MUNICIPAL_OFFICER) {
            throw new AccessDeniedException("Account " + account.id() + " is not a municipal officer");
        }
        var found = organisations.findMunicipality(code);
        if (found.isEmpty() || !found.get().equals(account.municipalityId())) {
            audit.listRead(AuditOutcome.REJECTED, account, request.getRemoteAddr(), found.orElse(null));
            throw new MunicipalityNotFoundException(code);
        }

        UUID municipalityId = found.get();
        var municipality = directory.find(municipalityId).orElseThrow(() -> new MunicipalityNotFoundException(code));
        var matches = list.of(municipalityId, code, LocalDate.now(clock));
        audit.listRead(AuditOutcome.SUCCESS, account, request.getRemoteAddr(), municipalityId);

        model.addAttribute("municipality", municipality);
        model.addAttribute("matches", matches);
        return "municipality/matches";
    }

    @ExceptionHandler(MunicipalityNotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }
}
