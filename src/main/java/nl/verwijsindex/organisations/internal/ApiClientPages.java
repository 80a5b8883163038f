package nl.verwijsindex.organisations.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.verwijsindex.access.ApiClientNameTakenException;
import nl.verwijsindex.access.ApiClientSummary;
import nl.verwijsindex.access.ApiClients;
import nl.verwijsindex.access.IssuedApiClient;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditedChange;
import nl.verwijsindex.bsn.Bsn;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * The organisation's API clients: the list, creating one, rotating its token and revoking it. A
 * token is shown once, in the response to the request that made it, and never again: the
 * database keeps only its hash. Every action names the administrator's organisation, so a client
 * of another organisation is not found.
 */
@Controller
class ApiClientPages {

    private static final Logger log = LoggerFactory.getLogger(ApiClientPages.class);

    static final int MAXIMUM_NAME_LENGTH = 100;

    static final String LIST_API_CLIENTS = "list-api-clients";
    static final String CREATE_API_CLIENT = "create-api-client";
    static final String READ_API_CLIENT = "read-api-client";
    static final String ROTATE_API_CLIENT = "rotate-api-client";
    static final String REVOKE_API_CLIENT = "revoke-api-client";

    private final ApiClients apiClients;
    private final AdministrationAudit audit;
    private final AuditedChange auditedChange;

    ApiClientPages(ApiClients apiClients, AdministrationAudit audit, AuditedChange auditedChange) {
        this.apiClients = apiClients;
        this.audit = audit;
        this.auditedChange = auditedChange;
    }

    @GetMapping("/organisation/api-clients")
    String list(@AuthenticationPrincipal SignedInAccount account, Model model, HttpServletRequest request) {
        var page = show(account, model, "", new FormErrors());

        var organisationId = OrganisationManagement.administeredOrganisation(account);
        audit.read(LIST_API_CLIENTS, account, request, "api-client-list", organisationId);
        return page;
    }

    /** Creates the client and shows its token once, or shows the list again with the error. */
    @PostMapping("/organisation/api-clients")
    String create(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(defaultValue = "") String name,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        var organisationId = OrganisationManagement.administeredOrganisation(account);
        var trimmed = name.strip();
        var errors = new FormErrors();
        if (trimmed.isEmpty()) {
            errors.add("client-name", "client-name-missing");
        } else if (trimmed.length() > MAXIMUM_NAME_LENGTH) {
            errors.add("client-name", "client-name-too-long", MAXIMUM_NAME_LENGTH);
        } else if (TypedText.hasControlCharacters(trimmed)) {
            errors.add("client-name", "client-name-characters");
        } else if (Bsn.appearsIn(trimmed)) {
            errors.add("client-name", "client-name-bsn");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            audit.write(AuditOutcome.REJECTED, CREATE_API_CLIENT, account, request, "api-client", null);
            return show(account, model, Bsn.appearsIn(name) ? "" : name, errors);
        }

        IssuedApiClient issued;
        try {
            issued = auditedChange.run(() -> {
                var created = apiClients.create(organisationId, trimmed);
                audit.write(AuditOutcome.SUCCESS, CREATE_API_CLIENT, account, request, "api-client", created.id());
                return created;
            });
        } catch (ApiClientNameTakenException taken) {
            errors.add("client-name", "client-name-taken", trimmed);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            audit.write(AuditOutcome.REJECTED, CREATE_API_CLIENT, account, request, "api-client", null);
            return show(account, model, name, errors);
        }
        log.info("API client {} created for organisation {} by account {}", issued.id(), organisationId, account.id());
        return token(model, issued, trimmed, "created");
    }

    /** Asks to confirm the new token, because the client's current token stops working at once. */
    @GetMapping("/organisation/api-clients/{id}/rotate")
    String confirmRotate(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String id,
            Model model,
            HttpServletRequest request) {
        var client = findForRead(account, clientId(id), request);
        if (client.revokedAt() != null) {
            audit.record(
                    AuditAction.READ,
                    AuditOutcome.REJECTED,
                    READ_API_CLIENT,
                    account,
                    request,
                    "api-client",
                    client.id());
            throw new ApiClientNotFoundException();
        }

        audit.read(READ_API_CLIENT, account, request, "api-client", client.id());
        model.addAttribute("client", client);
        return "organisation/confirm-rotate";
    }

    @PostMapping("/organisation/api-clients/{id}/rotate")
    String rotate(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String id,
            Model model,
            HttpServletRequest request) {
        var organisationId = OrganisationManagement.administeredOrganisation(account);
        var clientId = clientId(id);
        IssuedApiClient issued;
        ApiClientSummary client;
        try {
            client = find(organisationId, clientId);
            issued = auditedChange.run(() -> {
                var rotated = apiClients
                        .rotateToken(organisationId, client.id())
                        .orElseThrow(ApiClientNotFoundException::new);
                audit.write(AuditOutcome.SUCCESS, ROTATE_API_CLIENT, account, request, "api-client", clientId);
                return rotated;
            });
        } catch (ApiClientNotFoundException notFound) {
            audit.write(AuditOutcome.REJECTED, ROTATE_API_CLIENT, account, request, "api-client", clientId);
            throw notFound;
        }

        return token(model, issued, client.name(), "rotated");
    }

    /** Asks to confirm the revocation, because a revoked client cannot be used again. */
    @GetMapping("/organisation/api-clients/{id}/revoke")
    String confirmRevoke(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String id,
            Model model,
            HttpServletRequest request) {
        var client = findForRead(account, clientId(id), request);

        audit.read(READ_API_CLIENT, account, request, "api-client", client.id());
        model.addAttribute("client", client);
        return "organisation/confirm-revoke";
    }

    @PostMapping("/organisation/api-clients/{id}/revoke")
    String revoke(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String id,
            RedirectAttributes redirect,
            HttpServletRequest request) {
        var organisationId = OrganisationManagement.administeredOrganisation(account);
        var clientId = clientId(id);
        ApiClientSummary client;
        try {
            client = find(organisationId, clientId);
        } catch (ApiClientNotFoundException notFound) {
            audit.write(AuditOutcome.REJECTED, REVOKE_API_CLIENT, account, request, "api-client", clientId);
            throw notFound;
        }

        boolean revoked = auditedChange.run(() -> {
            var revokedNow = apiClients.revoke(organisationId, client.id());
            if (revokedNow) {
                audit.write(AuditOutcome.SUCCESS, REVOKE_API_CLIENT, account, request, "api-client", clientId);
            }
            return revokedNow;
        });
        if (!revoked) {
            audit.write(AuditOutcome.REJECTED, REVOKE_API_CLIENT, account, request, "api-client", clientId);
        }
        redirect.addFlashAttribute("outcome", revoked ? "revoked" : "already-revoked");
        redirect.addFlashAttribute("outcomeName", client.name());
        return "redirect:/organisation/api-clients";
    }

    @ExceptionHandler(ApiClientNotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    private String show(SignedInAccount account, Model model, String name, FormErrors errors) {
        var organisationId = OrganisationManagement.administeredOrganisation(account);
        model.addAttribute(
                "clients",
                apiClients.clientsOf(organisationId).stream().map(ClientRow::of).toList());
        model.addAttribute("name", name);
        model.addAttribute("errors", errors);
        return "organisation/api-clients";
    }

    private static String token(Model model, IssuedApiClient issued, String name, String outcome) {
        model.addAttribute("clientName", name);
        model.addAttribute("token", issued.token());
        model.addAttribute("outcome", outcome);
        return "organisation/api-client-token";
    }

    /** Returns the organisation's client, or records its read as rejected and throws when it has none with the id. */
    private ApiClientSummary findForRead(SignedInAccount account, UUID clientId, HttpServletRequest request) {
        try {
            return find(OrganisationManagement.administeredOrganisation(account), clientId);
        } catch (ApiClientNotFoundException notFound) {
            audit.record(
                    AuditAction.READ, AuditOutcome.REJECTED, READ_API_CLIENT, account, request, "api-client", clientId);
            throw notFound;
        }
    }

    private ApiClientSummary find(UUID organisationId, UUID clientId) {
        return apiClients.clientsOf(organisationId).stream()
                .filter(client -> client.id().equals(clientId))
                .findFirst()
                .orElseThrow(ApiClientNotFoundException::new);
    }

    private static UUID clientId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ApiClientNotFoundException();
        }
    }

    /**
     * An API client as the list shows it, with its dates in Dutch time.
     *
     * @param revokedOn the day the client was revoked, {@code null} while its token works
     */
    record ClientRow(
            UUID id,
            String name,
            LocalDate createdOn,
            @Nullable LocalDate revokedOn) {

        private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

        static ClientRow of(ApiClientSummary client) {
            var revokedAt = client.revokedAt();
            return new ClientRow(
                    client.id(),
                    client.name(),
                    LocalDate.ofInstant(client.createdAt(), DUTCH_TIME),
                    revokedAt == null ? null : LocalDate.ofInstant(revokedAt, DUTCH_TIME));
        }
    }

    /** The organisation has no API client with this id, or it is revoked and cannot get a new token. */
    static final class ApiClientNotFoundException extends RuntimeException {

        ApiClientNotFoundException() {
            super("The organisation has no API client with this id");
        }
    }
}
