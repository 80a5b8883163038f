package nl.verwijsindex.registration.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.verwijsindex.access.ApiClient;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditedChange;
import nl.verwijsindex.population.PopulationRegisterUnavailableException;
import nl.verwijsindex.registration.internal.SignalAudit.Caller;
import nl.verwijsindex.system.api.ApiError;
import nl.verwijsindex.system.api.ApiProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/signals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
        name = "Signals",
        description = "Register, read, extend and end signals in the name of your organisation's professionals,"
                + " and record that the parents and child were informed")
class SignalsController {

    private final RegistrationService registration;
    private final SignalEnding ending;
    private final SignalInforming informing;
    private final SignalExtension extension;
    private final Signals signals;
    private final SignalAudit audit;
    private final AuditedChange auditedChange;

    SignalsController(
            RegistrationService registration,
            SignalEnding ending,
            SignalInforming informing,
            SignalExtension extension,
            Signals signals,
            SignalAudit audit,
            AuditedChange auditedChange) {
        this.registration = registration;
        this.ending = ending;
        this.informing = informing;
        this.extension = extension;
        this.signals = signals;
        this.audit = audit;
        this.auditedChange = auditedChange;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a signal", description = """
            Registers that a professional of your organisation is involved with a child. When the same
            professional already has an active signal on the child, that signal is returned with 200.""")
    @ApiResponse(responseCode = "201", description = "Signal registered")
    @ApiResponse(responseCode = "200", description = "The professional already had an active signal on this child")
    @ApiResponse(responseCode = "404", description = "Your organisation has no professional with this id")
    @ApiResponse(responseCode = "422", description = "The child may not be registered, or the end date is not allowed")
    @ApiResponse(
            responseCode = "503",
            description = "The population register cannot be reached; nothing was stored. The Retry-After header"
                    + " gives the seconds to wait")
    ResponseEntity<SignalResponse> register(
            @AuthenticationPrincipal ApiClient client, @RequestBody SignalRequest body, HttpServletRequest request) {
        RegisterSignal command;
        try {
            command = body.toCommand(client, request.getRemoteAddr());
        } catch (ApiProblemException rejection) {
            // The registration records each request that reaches it, but this one stopped before it.
            var caller = Caller.of(client, request.getRemoteAddr());
            audit.rejectedRegistration(caller, body.professionalId());
            throw rejection;
        }
        var result = registration.register(command);

        var response = SignalResponse.of(result.signal());
        if (!result.created()) {
            return ResponseEntity.ok(response);
        }
        return ResponseEntity.created(URI.create("/api/v1/signals/" + response.id()))
                .body(response);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a signal of your organisation")
    @ApiResponse(responseCode = "200", description = "The signal")
    @ApiResponse(responseCode = "400", description = "The id is not a UUID")
    @ApiResponse(responseCode = "404", description = "Your organisation has no signal with this id")
    SignalResponse find(
            @AuthenticationPrincipal ApiClient client, @PathVariable String id, HttpServletRequest request) {
        var signalId = signalId(id);
        var caller = Caller.of(client, request.getRemoteAddr());
        var signal = signals.findInOrganisation(signalId, client.organisationId());
        if (signal.isEmpty()) {
            audit.rejectedRequest(AuditAction.READ, SignalAudit.READ_SIGNAL, caller, signalId);
            throw notFound(signalId);
        }

        audit.signal(AuditAction.READ, AuditOutcome.SUCCESS, SignalAudit.READ_SIGNAL, caller, signal.get());
        return SignalResponse.of(signal.get());
    }

    @PostMapping(path = "/{id}/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "End a signal", description = """
            Ends the signal. With reason risk-gone it moves to the archive (200, status archived); with
            reason unjustified it is destroyed (204). Matches left with fewer than two active signals end.""")
    @ApiResponse(responseCode = "200", description = "Signal archived")
    @ApiResponse(responseCode = "204", description = "Signal destroyed")
    @ApiResponse(responseCode = "404", description = "Your organisation has no signal with this id")
    @ApiResponse(responseCode = "409", description = "The signal is already in the archive")
    ResponseEntity<SignalResponse> end(
            @AuthenticationPrincipal ApiClient client,
            @PathVariable String id,
            @RequestBody EndRequest body,
            HttpServletRequest request) {
        var signalId = signalId(id);

        return change(client, request, signalId, SignalAudit.END_SIGNAL, () -> {
            var reason = body.toReason();
            return ending.end(client.organisationId(), signalId, reason)
                    .map(signal -> ResponseEntity.ok(SignalResponse.of(signal)))
                    .orElseGet(() -> ResponseEntity.noContent().build());
        });
    }

    @PutMapping(path = "/{id}/informing", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record informing the parents and child", description = """
            Records that the parents and the child were informed of the signal, or that informing them is
            postponed. The parents of a child under 16 and a child of 12 or older must be informed, by the
            child's age on the registration date; when the population register gives only the birth year
            or month, every party that the child's age could require must be informed. Postponing is allowed
            until informing is recorded; a recorded informing can be sent again to correct it.""")
    @ApiResponse(responseCode = "200", description = "Informing recorded; the signal")
    @ApiResponse(responseCode = "404", description = "Your organisation has no signal with this id")
    @ApiResponse(
            responseCode = "409",
            description = "The signal is in the archive, or postponing was requested after informing was recorded")
    @ApiResponse(
            responseCode = "422",
            description = "The date is in the future or before the registration date, or a party that must be"
                    + " informed is missing")
    @ApiResponse(responseCode = "503", description = "The population register cannot be reached; nothing changed")
    SignalResponse recordInforming(
            @AuthenticationPrincipal ApiClient client,
            @PathVariable String id,
            @RequestBody InformingRequest body,
            HttpServletRequest request) {
        var signalId = signalId(id);

        return change(client, request, signalId, SignalAudit.RECORD_INFORMING, () -> {
            var command = body.toCommand();
            return SignalResponse.of(informing.record(client.organisationId(), signalId, command));
        });
    }

    @PostMapping(path = "/{id}/extension", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Extend a signal", description = """
            Gives an active signal a later end date. The latest allowed end date is two years after the
            registration date, and the day before the child's earliest possible 23rd birthday when that
            comes first; a rejected date names it. The signal's matches do not change.""")
    @ApiResponse(responseCode = "200", description = "Signal extended")
    @ApiResponse(responseCode = "404", description = "Your organisation has no signal with this id")
    @ApiResponse(responseCode = "409", description = "The signal is in the archive")
    @ApiResponse(
            responseCode = "422",
            description = "The date is not later than the current end date, in the past, or after the latest"
                    + " allowed end date")
    @ApiResponse(responseCode = "503", description = "The population register cannot be reached; nothing changed")
    SignalResponse extend(
            @AuthenticationPrincipal ApiClient client,
            @PathVariable String id,
            @RequestBody ExtensionRequest body,
            HttpServletRequest request) {
        var signalId = signalId(id);

        return change(client, request, signalId, SignalAudit.EXTEND_SIGNAL, () -> {
            var endDate = body.toEndDate();
            return SignalResponse.of(extension.extend(client.organisationId(), signalId, endDate));
        });
    }

    /**
     * Runs a change of one signal of the client's organisation and records it. A signal of another
     * organisation is recorded as a rejected request, and a rejected change with the outcome of its
     * status. A done change is a success, committed with the change, that names the signal as it was
     * before the change.
     */
    private <T> T change(
            ApiClient client, HttpServletRequest request, UUID signalId, String purpose, Supplier<T> step) {
        var caller = Caller.of(client, request.getRemoteAddr());
        var signal = signals.findInOrganisation(signalId, client.organisationId());
        if (signal.isEmpty()) {
            audit.rejectedRequest(AuditAction.WRITE, purpose, caller, signalId);
            throw notFound(signalId);
        }

        T result;
        try {
            result = auditedChange.run(() -> {
                var done = step.get();
                audit.signal(AuditAction.WRITE, AuditOutcome.SUCCESS, purpose, caller, signal.get());
                return done;
            });
        } catch (ApiProblemException rejection) {
            audit.unsuccessful(
                    AuditAction.WRITE, SignalAudit.outcomeOf(rejection.status()), purpose, caller, signal.get());
            throw rejection;
        } catch (PopulationRegisterUnavailableException failure) {
            audit.unsuccessful(AuditAction.WRITE, AuditOutcome.FAILED, purpose, caller, signal.get());
            throw failure;
        }
        return result;
    }

    /** Rejects a malformed id without repeating it, because a client could put anything in the path, even a BSN. */
    private static UUID signalId(String id) {
        return parseId(id)
                .orElseThrow(() -> ApiProblemException.badRequest(List.of(ApiError.path(
                        "id",
                        ApiError.FORMAT_INVALID,
                        "The signal id must be a UUID, as returned when the signal was registered"))));
    }

    private static ApiProblemException notFound(UUID id) {
        return ApiProblemException.notFound("Your organisation has no signal with id " + id);
    }

    private static Optional<UUID> parseId(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Schema(name = "SignalRequest")
    record SignalRequest(
            @Schema(description = "The child's BSN: 9 digits passing the 11-test", example = "999993653") @Nullable
            String bsn,

            @Schema(description = "The professional in whose name the signal is registered") @Nullable
            UUID professionalId,

            @Schema(description = "Your organisation's own client number, at most 100 characters", maxLength = 100)
            @Nullable
            String ownReference,

            @Schema(
                    description = "When the signal ends, as yyyy-mm-dd: from today up to two years ahead; by"
                            + " default your organisation's signal duration. A signal never runs past the day"
                            + " before the child's 23rd birthday, so a later date is moved to that day",
                    type = "string",
                    format = "date",
                    example = "2027-06-30")
            @Nullable
            String endDate) {

        RegisterSignal toCommand(ApiClient client, String origin) {
            var missing = new ArrayList<ApiError>();
            if (bsn == null) {
                missing.add(ApiError.body("/bsn", "required", "The field bsn is missing; give the child's BSN"));
            }
            if (professionalId == null) {
                missing.add(ApiError.body(
                        "/professionalId",
                        "required",
                        "The field professionalId is missing; give the id of the professional who registers"));
            }
            if (bsn == null || professionalId == null) {
                throw ApiProblemException.badRequest(missing);
            }
            return new RegisterSignal(
                    client.organisationId(),
                    professionalId,
                    bsn,
                    ownReference,
                    parseEndDate(),
                    AuditActor.apiClient(client.id(), client.organisationId()),
                    origin);
        }

        /** Parses only the form yyyy-mm-dd, because the JSON parser would also take a date-time and drop its time. */
        private @Nullable LocalDate parseEndDate() {
            if (endDate == null) {
                return null;
            }
            return SignalRequestRules.parseEndDate(endDate)
                    .orElseThrow(() -> ApiProblemException.badRequest(List.of(ApiError.body(
                            "/endDate",
                            ApiError.FORMAT_INVALID,
                            SignalRequestRules.unreadableDateDetail("The end date", endDate, "2027-06-30")))));
        }

        @Override
        public String toString() {
            return "SignalRequest[professionalId=" + professionalId + "]";
        }
    }

    @Schema(name = "EndRequest")
    record EndRequest(
            @Schema(
                    description = "risk-gone: to the archive; unjustified: destroyed",
                    allowableValues = {"risk-gone", "unjustified"})
            @Nullable
            String reason) {

        EndReason toReason() {
            if (reason == null) {
                throw ApiProblemException.badRequest(List.of(ApiError.body(
                        "/reason", "required", "The field reason is missing; give risk-gone or unjustified")));
            }
            return EndReason.fromCode(reason)
                    .orElseThrow(() -> ApiProblemException.badRequest(List.of(ApiError.body(
                            "/reason", "reason-invalid", "The reason is not known; give risk-gone or unjustified"))));
        }
    }
}
