package nl.verwijsindex.registration.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import nl.verwijsindex.system.api.ApiError;
import nl.verwijsindex.system.api.ApiProblemException;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /api/v1/signals/{id}/extension}. */
@Schema(name = "ExtensionRequest")
record ExtensionRequest(
        @Schema(
                description = "The new end date, as yyyy-mm-dd: later than the current end date, from today on, at"
                        + " most two years after the registration date and before the child's 23rd birthday",
                type = "string",
                format = "date",
                example = "2028-06-30")
        @Nullable
        String endDate) {

    /** Returns the new end date, parsed only in the form yyyy-mm-dd. */
    LocalDate toEndDate() {
        if (endDate == null) {
            throw invalid(ApiError.REQUIRED, "The field endDate is missing; give the new end date");
        }
        return SignalRequestRules.parseEndDate(endDate)
                .orElseThrow(() -> invalid(
                        ApiError.FORMAT_INVALID,
                        SignalRequestRules.unreadableDateDetail("The end date", endDate, "2028-06-30")));
    }

    private static ApiProblemException invalid(String code, String detail) {
        return ApiProblemException.badRequest(List.of(ApiError.body("/endDate", code, detail)));
    }
}
