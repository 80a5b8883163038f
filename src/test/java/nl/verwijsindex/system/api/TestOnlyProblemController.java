package nl.verwijsindex.system.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * TEST-ONLY operations shaped like the API's own, so that problem responses can be tested without
 * depending on the signal controllers. Hidden from the OpenAPI document.
 */
@RestController
@Hidden
@RequestMapping(TestOnlyProblemController.BASE_PATH)
class TestOnlyProblemController {

    static final String BASE_PATH = RestApi.BASE_PATH + "/test-only";

    /** The message of the exception that {@link #fail()} throws, which must never reach a client. */
    static final String INTERNAL_MESSAGE = "connection to db-internal-7 refused";

    @PostMapping(path = "/registrations", consumes = MediaType.APPLICATION_JSON_VALUE)
    Registration register(@Valid @RequestBody Registration registration) {
        return registration;
    }

    @GetMapping("/registrations/{id}")
    Registration read(@PathVariable UUID id) {
        throw ApiProblemException.notFound("No registration exists with this id.");
    }

    @GetMapping("/matches")
    List<String> matches(@RequestParam UUID professionalId, @RequestParam(defaultValue = "10") int limit) {
        return List.of();
    }

    @GetMapping("/rule-broken")
    void breakRule() {
        throw ApiProblemException.unprocessable(
                ApiError.body("/bsn", "person-not-found", "The population register has no person with this BSN."));
    }

    @GetMapping("/failure")
    void fail() {
        throw new IllegalStateException(INTERNAL_MESSAGE);
    }

    @GetMapping("/unavailable")
    void sendError(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    @GetMapping("/protected")
    String readProtected() {
        return "protected";
    }

    record Registration(
            @NotBlank String bsn,
            @NotNull UUID professionalId,
            @Nullable @Size(max = 20) String ownReference,
            @Nullable LocalDate endDate,
            @Nullable Reason reason,
            @Nullable Integer months) {}

    enum Reason {
        @JsonProperty("risk-gone")
        RISK_GONE,
        @JsonProperty("unjustified")
        UNJUSTIFIED
    }
}
