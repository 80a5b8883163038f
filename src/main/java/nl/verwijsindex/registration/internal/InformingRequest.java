package nl.verwijsindex.registration.internal;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import nl.verwijsindex.system.api.ApiError;
import nl.verwijsindex.system.api.ApiProblemException;
import org.jspecify.annotations.Nullable;

/** The body of {@code PUT /api/v1/signals/{id}/informing}. */
@Schema(name = "InformingRequest")
record InformingRequest(
        @Schema(
                description = "informed: the parents or child were informed on informedOn; postponed: informing them is"
                        + " postponed, which is allowed until informing is recorded",
                allowableValues = {"informed", "postponed"})
        @Nullable
        String status,

        @Schema(
                description = "With status informed: the day they were informed, as yyyy-mm-dd, from the registration"
                        + " date up to today. Not accepted with status postponed",
                type = "string",
                format = "date",
                example = "2026-12-04")
        @Nullable
        String informedOn,

        @ArraySchema(
                arraySchema =
                        @Schema(
                                description = "With status informed: who was informed. It must include the parents"
                                        + " when the child was under 16 on the registration date, and the child"
                                        + " when the child was 12 or older. Not accepted with status postponed"),
                schema = @Schema(allowableValues = {"parents", "child"}),
                uniqueItems = true,
                minItems = 1,
                maxItems = 2)
        @Nullable
        List<String> informedParties) {

    static final String PARENTS = "parents";
    static final String CHILD = "child";

    /** Checks the form of the body and returns the request, leaving the rules of the index to the service. */
    RecordInforming toCommand() {
        if (status == null) {
            throw invalid("/status", ApiError.REQUIRED, "The field status is missing; give informed or postponed");
        }
        return switch (status) {
            case "postponed" -> postponing();
            case "informed" -> informed();
            default -> throw invalid("/status", ApiError.VALUE_INVALID, "The status must be informed or postponed");
        };
    }

    private RecordInforming postponing() {
        if (informedOn != null || informedParties != null) {
            var field = informedOn != null ? "informedOn" : "informedParties";
            throw invalid(
                    "/" + field,
                    ApiError.VALUE_INVALID,
                    "The field " + field + " is not accepted with status postponed; leave it out");
        }
        return RecordInforming.postponing();
    }

    private RecordInforming informed() {
        var errors = new ArrayList<ApiError>();
        var date = informedOn == null
                ? null
                : SignalRequestRules.parseEndDate(informedOn).orElse(null);
        if (informedOn == null) {
            errors.add(ApiError.body(
                    "/informedOn",
                    ApiError.REQUIRED,
                    "The field informedOn is missing; give the day they were informed"));
        } else if (date == null) {
            errors.add(ApiError.body(
                    "/informedOn",
                    ApiError.FORMAT_INVALID,
                    SignalRequestRules.unreadableDateDetail("The field informedOn", informedOn, "2026-12-04")));
        }
        checkParties(errors);
        if (!errors.isEmpty()) {
            throw ApiProblemException.badRequest(errors);
        }
        return RecordInforming.informed(date, informedParties.contains(PARENTS), informedParties.contains(CHILD));
    }

    private void checkParties(List<ApiError> errors) {
        if (informedParties == null || informedParties.isEmpty()) {
            errors.add(ApiError.body(
                    "/informedParties",
                    ApiError.REQUIRED,
                    "The field informedParties is missing or empty; give who was informed: parents, child, or both"));
            return;
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < informedParties.size(); i++) {
            var party = informedParties.get(i);
            if (!(PARENTS.equals(party) || CHILD.equals(party)) || !seen.add(party)) {
                errors.add(ApiError.body(
                        "/informedParties/" + i,
                        ApiError.VALUE_INVALID,
                        "Each entry of informedParties must be parents or child, and each at most once"));
            }
        }
    }

    private static ApiProblemException invalid(String pointer, String code, String detail) {
        return ApiProblemException.badRequest(List.of(ApiError.body(pointer, code, detail)));
    }
}
