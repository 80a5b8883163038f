package nl.verwijsindex.registration.internal;

import java.util.List;
import java.util.Set;
import nl.verwijsindex.system.api.ApiError;
import nl.verwijsindex.system.api.ApiProblemException;
import org.jspecify.annotations.Nullable;

/**
 * The errors of the register form, each with the form field it belongs to and the code that
 * selects its message {@code signal-form.error.<code>} in the page's language.
 *
 * @param errors the errors in the order of the form's fields
 */
record SignalFormErrors(List<FieldError> errors) {

    /** Codes of {@link SignalRequestRules}, {@link ChildEligibility} and {@link RegistrationService}. */
    private static final Set<String> KNOWN_CODES = Set.of(
            "bsn-invalid",
            "person-not-found",
            "person-deceased",
            "person-not-resident",
            "person-too-old",
            "person-birth-date-unknown",
            "end-date-invalid",
            "own-reference-invalid",
            "professional-inactive");

    /** A code for any other rejection, shown without a field. */
    static final String OTHER = "other";

    /** The population register could not be reached, so the professional can try again later. */
    static final String REGISTER_UNAVAILABLE = "population-register-unavailable";

    static SignalFormErrors none() {
        return new SignalFormErrors(List.of());
    }

    static SignalFormErrors of(FieldError error) {
        return new SignalFormErrors(List.of(error));
    }

    /** Reads the errors of a rejected registration, and one general error when it names none. */
    static SignalFormErrors of(ApiProblemException rejection) {
        if (rejection.errors().isEmpty()) {
            return of(new FieldError(null, OTHER));
        }
        return new SignalFormErrors(rejection.errors().stream()
                .map(SignalFormErrors::fieldError)
                .sorted((first, second) -> Integer.compare(first.order(), second.order()))
                .toList());
    }

    /** Returns these errors with the code of the field's error replaced, for a more precise message. */
    SignalFormErrors withCode(String field, String code) {
        return new SignalFormErrors(errors.stream()
                .map(error -> field.equals(error.field()) ? new FieldError(field, code) : error)
                .toList());
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Returns the error of the field, if any; the pages show one message per field. */
    @Nullable
    public FieldError on(String field) {
        return errors.stream()
                .filter(error -> field.equals(error.field()))
                .findFirst()
                .orElse(null);
    }

    /**
     * Returns whether the typed BSN may be shown again: only when it failed the format and 11-test
     * check, so that the professional can see the typing error. A well-formed BSN is not sent back,
     * because it identifies a person. After a person-* error, the page with the BSN would also
     * reveal what the population register returned about that person.
     */
    boolean mayShowBsnAgain() {
        var bsnError = on("bsn");
        return bsnError != null && bsnError.code().equals("bsn-invalid");
    }

    /**
     * Returns whether the typed own reference may be shown again: not when it was rejected, because
     * the rejection may be that it contains a BSN.
     */
    boolean mayShowOwnReferenceAgain() {
        return on("own-reference") == null;
    }

    private static FieldError fieldError(ApiError error) {
        var code = KNOWN_CODES.contains(error.code()) ? error.code() : OTHER;
        var field = switch (error.location().getOrDefault("pointer", "")) {
            case "/bsn" -> "bsn";
            case "/ownReference" -> "own-reference";
            case "/endDate" -> "end-date";
            default -> null;
        };
        return new FieldError(field, code);
    }

    /**
     * One error of the form.
     *
     * @param field the id of the form field in the page, or {@code null} for the whole form
     */
    record FieldError(@Nullable String field, String code) {

        private int order() {
            if (field == null) {
                return 0;
            }
            return switch (field) {
                case "bsn" -> 1;
                case "own-reference" -> 2;
                default -> 3;
            };
        }
    }
}
