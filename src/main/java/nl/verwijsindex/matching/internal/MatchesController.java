package nl.verwijsindex.matching.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.access.ApiClient;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.organisations.ProfessionalContact;
import nl.verwijsindex.organisations.Professionals;
import nl.verwijsindex.system.api.ApiProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/matches", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Matches", description = "The matches of your organisation's professionals")
class MatchesController {

    private final ProfessionalMatches matches;
    private final Professionals professionals;
    private final MatchAudit audit;

    MatchesController(ProfessionalMatches matches, Professionals professionals, MatchAudit audit) {
        this.matches = matches;
        this.professionals = professionals;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "List a professional's active matches", description = """
            One entry per match and per own signal in it, with the other professionals' contact details,
            the match's coordination status, and the proposed and accepted coordinator. Only matches that
            still have two or more active signals of different professionals.""")
    @ApiResponse(responseCode = "200", description = "The professional's matches")
    @ApiResponse(responseCode = "404", description = "Your organisation has no professional with this id")
    MatchList list(
            @AuthenticationPrincipal ApiClient client,
            @Parameter(description = "A professional of your organisation") @RequestParam UUID professionalId,
            HttpServletRequest request) {
        if (professionals
                .findInOrganisation(professionalId, client.organisationId())
                .isEmpty()) {
            audit.listed(
                    AuditOutcome.REJECTED,
                    client.auditActor(),
                    professionalId,
                    request.getRemoteAddr(),
                    professionalId);
            throw ApiProblemException.notFound("Your organisation has no professional with id " + professionalId);
        }

        var found = matches.withContacts(professionalId);
        var coordination = matches.coordinationOf(professionalId, found);
        audit.listed(
                AuditOutcome.SUCCESS, client.auditActor(), professionalId, request.getRemoteAddr(), professionalId);
        return new MatchList(found.stream()
                .filter(match -> coordination.containsKey(match.entry().matchId()))
                .map(match -> {
                    var summary = coordination.get(match.entry().matchId());
                    return new MatchResponse(
                            match.entry().matchId(),
                            match.entry().type(),
                            match.entry().since(),
                            match.entry().ownSignalId(),
                            match.others().stream().map(OtherProfessional::of).toList(),
                            summary.status().code(),
                            summary.proposedCoordinatorId(),
                            summary.coordinatorId());
                })
                .toList());
    }

    record MatchList(List<MatchResponse> matches) {}

    record MatchResponse(
            UUID id,
            String type,
            LocalDate since,
            UUID ownSignalId,
            List<OtherProfessional> others,

            @Schema(
                    description = "How far the professionals are with working together",
                    allowableValues = {"new", "in-contact", "coordinated"})
            String status,

            @Schema(description = "The id of the professional asked to coordinate the match; absent when nobody is")
            @Nullable
            UUID proposedCoordinator,

            @Schema(description = "The id of the professional who coordinates the match; absent until one accepted")
            @Nullable
            UUID coordinator) {}

    record OtherProfessional(
            String name,
            String organisation,
            String email,
            @Nullable String phone) {

        static OtherProfessional of(ProfessionalContact contact) {
            return new OtherProfessional(contact.name(), contact.organisationName(), contact.email(), contact.phone());
        }
    }
}
